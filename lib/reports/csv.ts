// Pure: CSV as offices open it — a UTF-8 byte-order mark so Excel reads Vietnamese correctly,
// CRLF line ends, and every field quoted when it holds a quote, comma or line break. A field that
// starts with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.
export function toCsv(header: string[], rows: (string | number)[][]): string {
  const cell = (value: string | number) => {
    let text = String(value)
    if (/^[=+\-@]/.test(text)) text = `'${text}`
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
  }
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}
