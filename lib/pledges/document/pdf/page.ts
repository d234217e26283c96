// Page geometry and small drawing helpers shared by the parts of the pledge PDF.
// Nghị định 30/2020, Phụ lục I: A4 portrait; margins top and bottom 20–25 mm, left 30–35 mm,
// right 15–20 mm; body 13–14 pt. We take the narrow end of each range so more text fits a page.

export type Doc = PDFKit.PDFDocument

export const MM = 72 / 25.4
export const A4 = { width: 595.28, height: 841.89 }
export const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 20 * MM }
export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right
export const CONTENT_BOTTOM = A4.height - MARGIN.bottom

export const BODY_SIZE = 13
export const BODY_LINE_GAP = 2 // Tinos at 13 pt + 2 pt ≈ 1.15 lines: within the decree's 1–1.5
export const PARAGRAPH_GAP = 6 // the decree asks for at least 6 pt between paragraphs
export const FIRST_LINE_INDENT = 10 * MM // 1–1.27 cm in the decree

// Registered font names (fonts.ts supplies the files).
export const FONT = { regular: 'R', bold: 'B', italic: 'I', boldItalic: 'BI' } as const

export const INK = '#000000'
export const GREY = '#555555'

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > CONTENT_BOTTOM) {
    doc.addPage()
    doc.x = MARGIN.left
  }
}

export function hRule(doc: Doc, x1: number, x2: number, y: number, width = 0.6): void {
  doc.save().lineWidth(width).strokeColor(INK).moveTo(x1, y).lineTo(x2, y).stroke().restore()
}

/**
 * Draws text outside the flow (page margins, rotated watermark) without pdfkit's automatic page break,
 * which would otherwise fire because the text sits below the bottom margin.
 */
export function outsideFlow(doc: Doc, draw: () => void): void {
  const bottom = doc.page.margins.bottom
  const { x, y } = doc
  doc.page.margins.bottom = 0
  try {
    draw()
  } finally {
    doc.page.margins.bottom = bottom
    doc.x = x
    doc.y = y
  }
}
