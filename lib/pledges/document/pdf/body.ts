import type { Block } from '../types'
import { BODY_LINE_GAP, BODY_SIZE, CONTENT_WIDTH, FIRST_LINE_INDENT, FONT, MARGIN, PARAGRAPH_GAP, ensureSpace, type Doc } from './page'

// The commitments as a clerk would type them in Word: justified paragraphs with a first-line indent,
// bold headings kept with what follows, and list items written inline ("1. …", "- …") with the dash
// bullet of Vietnamese official papers. Text goes to pdfkit as plain strings: nothing is interpreted.

const bodyOptions = {
  width: CONTENT_WIDTH,
  align: 'justify' as const,
  lineGap: BODY_LINE_GAP,
  paragraphGap: PARAGRAPH_GAP,
  indent: FIRST_LINE_INDENT,
}

function lineHeight(doc: Doc): number {
  return doc.currentLineHeight(true) + BODY_LINE_GAP
}

/** One paragraph per line of the text, so a typed line break starts a new indented paragraph. */
export function drawParagraph(doc: Doc, text: string, font: string = FONT.regular): void {
  doc.font(font).fontSize(BODY_SIZE)
  for (const para of text.split('\n')) {
    if (para === '') {
      doc.y += PARAGRAPH_GAP // an empty line is visible space, not nothing
      continue
    }
    // Never start a paragraph on the last line of a page: at least two lines or the whole paragraph.
    const h = doc.heightOfString(para, bodyOptions)
    ensureSpace(doc, Math.min(h, 2 * lineHeight(doc)))
    doc.text(para, MARGIN.left, doc.y, bodyOptions)
  }
}

function drawHeadingBlock(doc: Doc, text: string): void {
  doc.font(FONT.bold).fontSize(BODY_SIZE)
  const h = doc.heightOfString(text, { width: CONTENT_WIDTH, lineGap: BODY_LINE_GAP })
  // Keep the heading with at least two lines of what follows it.
  ensureSpace(doc, h + 3 + 2 * lineHeight(doc))
  doc.y += 3
  doc.text(text, MARGIN.left, doc.y, { width: CONTENT_WIDTH, align: 'left', lineGap: BODY_LINE_GAP, paragraphGap: 3 })
}

function drawList(doc: Doc, ordered: boolean, items: string[]): void {
  items.forEach((item, i) => {
    const label = ordered ? `${i + 1}.` : '-'
    // Items with several lines: the first carries the label, the others read as continuation paragraphs.
    const [first, ...rest] = item.split('\n')
    drawParagraph(doc, `${label} ${first}`)
    if (rest.length > 0) drawParagraph(doc, rest.join('\n'))
  })
}

export function drawBlocks(doc: Doc, blocks: Block[]): void {
  for (const b of blocks) {
    if (b.type === 'heading') drawHeadingBlock(doc, b.text)
    else if (b.type === 'paragraph') drawParagraph(doc, b.text)
    else drawList(doc, b.ordered, b.items)
  }
}

/** A centred bold caption (section title of the targets table or the signatures). */
export function drawCaption(doc: Doc, text: string, reserve: number): void {
  doc.font(FONT.bold).fontSize(BODY_SIZE)
  const h = doc.heightOfString(text, { width: CONTENT_WIDTH })
  ensureSpace(doc, h + 8 + reserve)
  doc.y += 8
  doc.text(text, MARGIN.left, doc.y, { width: CONTENT_WIDTH, align: 'center', lineGap: BODY_LINE_GAP })
  doc.y += 4
}
