// Pure: a block copied from Excel (or typed with tabs): rows by line, cells by tab, with Windows
// line ends and the final newline Excel adds taken off. Used by the entry grid's paste and the
// pledge's targets table.
export function parseBlock(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split('\t'))
}
