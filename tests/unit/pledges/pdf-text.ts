import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

// An independent reader for the tests: what a PDF viewer would extract, page by page (PDF.js, as in
// Firefox). Lines are joined with "\n"; whitespace inside a line is collapsed to one space.
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  // PDF.js takes ownership of the buffer it is given: hand it a copy.
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise
  try {
    const pages: string[] = []
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n)
      const content = await page.getTextContent()
      let text = ''
      for (const item of content.items) {
        if (!('str' in item)) continue
        text += item.str + (item.hasEOL ? '\n' : '')
      }
      pages.push(text.replace(/[ \t]+/g, ' ').trim())
    }
    return pages
  } finally {
    await pdf.destroy()
  }
}
