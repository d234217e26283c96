import { A4, CONTENT_WIDTH, FONT, GREY, INK, MARGIN, MM, outsideFlow, type Doc } from './page'

// Drawn once every page exists (pages are buffered), because the footer needs the page count.

const DRAFT_RED = '#b00020'

function footer(doc: Doc, code: string, page: number, total: number): void {
  doc.font(FONT.regular).fontSize(9).fillColor(GREY)
  doc.text(`Mã xác minh: ${code} · Trang ${page}/${total}`, MARGIN.left, A4.height - 13 * MM, {
    width: CONTENT_WIDTH,
    align: 'right',
    lineBreak: false,
  })
  doc.fillColor(INK)
}

// A draft must never pass for the signed text: a label in the top margin and a diagonal watermark
// behind nothing important (light, so the text stays legible).
function draftMarks(doc: Doc): void {
  doc.font(FONT.bold).fontSize(10).fillColor(DRAFT_RED)
  doc.text('BẢN NHÁP - KHÔNG CÓ GIÁ TRỊ KÝ KẾT', MARGIN.left, 9 * MM, {
    width: CONTENT_WIDTH,
    align: 'center',
    lineBreak: false,
  })
  doc.save()
  doc.rotate(-40, { origin: [A4.width / 2, A4.height / 2] })
  doc.font(FONT.bold).fontSize(96).fillColor(DRAFT_RED).fillOpacity(0.1)
  doc.text('BẢN NHÁP', 0, A4.height / 2 - 48, { width: A4.width, align: 'center', lineBreak: false })
  doc.restore()
  doc.fillColor(INK).fillOpacity(1)
}

export function decoratePages(doc: Doc, code: string, draft: boolean): void {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    outsideFlow(doc, () => {
      if (draft) draftMarks(doc)
      footer(doc, code, i - range.start + 1, range.count)
    })
  }
}
