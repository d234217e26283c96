import type { PledgeContent } from '../types'
import { placeAndDate, upper } from '../format-vi'
import { CONTENT_WIDTH, FONT, MARGIN, MM, hRule, type Doc } from './page'

// The top of the first page as Nghị định 30/2020 (Phụ lục I, mẫu 1.1) lays it out:
//   issuing body (caps, last line bold) ... national heading (caps, bold) / motto (bold)
//   short rule under the body             ... rule as long as the motto
//   "Số: …" centred under the body        ... place and date in italics, same line
// then the document type and summary centred in capitals.

// The left column is a little over a third of the line, as in the decree's sample; the national
// heading (about 250 pt at 12 pt bold) needs the rest.
const LEFT_WIDTH = 62 * MM
const RIGHT_X = MARGIN.left + LEFT_WIDTH
const RIGHT_WIDTH = CONTENT_WIDTH - LEFT_WIDTH

const NATIONAL_HEADING = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
const MOTTO = 'Độc lập - Tự do - Hạnh phúc'
export const DOCUMENT_TYPE = 'GIAO ƯỚC THI ĐUA'

function centredLine(doc: Doc, text: string, x: number, width: number, y: number): number {
  doc.text(text, x, y, { width, align: 'center' })
  return doc.y
}

export function drawHeading(doc: Doc, c: PledgeContent): void {
  const top = MARGIN.top

  // Left: every issuer line in capitals; the parent body (if any) in regular weight, the issuing body bold.
  const lines = c.issuer.split('\n')
  let leftY = top
  lines.forEach((l, i) => {
    doc.font(i === lines.length - 1 ? FONT.bold : FONT.regular).fontSize(12.5)
    leftY = centredLine(doc, upper(l), MARGIN.left, LEFT_WIDTH, leftY)
  })
  // Rule 1/3–1/2 the length of the issuing body's name, centred under it (decree, mục 3.b).
  const lastWidth = Math.min(doc.widthOfString(upper(lines[lines.length - 1])), LEFT_WIDTH)
  const ruleLen = Math.max(lastWidth * 0.4, 14 * MM)
  const leftMid = MARGIN.left + LEFT_WIDTH / 2
  hRule(doc, leftMid - ruleLen / 2, leftMid + ruleLen / 2, leftY + 3)

  // Right: national heading and motto, with a rule exactly as long as the motto.
  doc.font(FONT.bold).fontSize(12)
  let rightY = centredLine(doc, NATIONAL_HEADING, RIGHT_X, RIGHT_WIDTH, top)
  doc.font(FONT.bold).fontSize(13)
  rightY = centredLine(doc, MOTTO, RIGHT_X, RIGHT_WIDTH, rightY)
  const mottoWidth = doc.widthOfString(MOTTO)
  const rightMid = RIGHT_X + RIGHT_WIDTH / 2
  hRule(doc, rightMid - mottoWidth / 2, rightMid + mottoWidth / 2, rightY + 2)

  // Number and date share one line under the taller column.
  const rowY = Math.max(leftY, rightY) + 10
  doc.font(FONT.regular).fontSize(13)
  const numberText = c.documentNumber ? `Số: ${c.documentNumber}` : 'Số:          '
  const afterNumber = centredLine(doc, numberText, MARGIN.left, LEFT_WIDTH, rowY)
  doc.font(FONT.italic).fontSize(13)
  const afterDate = centredLine(doc, placeAndDate(c.place, c.signingDate), RIGHT_X, RIGHT_WIDTH, rowY)

  doc.x = MARGIN.left
  doc.y = Math.max(afterNumber, afterDate) + 22
}

/** "GIAO ƯỚC THI ĐUA", the summary in capitals, a short rule, then the year's theme. */
export function drawTitle(doc: Doc, c: PledgeContent): void {
  doc.font(FONT.bold).fontSize(14)
  doc.text(DOCUMENT_TYPE, MARGIN.left, doc.y, { width: CONTENT_WIDTH, align: 'center' })
  doc.text(upper(c.title), MARGIN.left, doc.y + 2, { width: CONTENT_WIDTH, align: 'center' })
  const mid = MARGIN.left + CONTENT_WIDTH / 2
  hRule(doc, mid - 20 * MM, mid + 20 * MM, doc.y + 4)
  doc.y += 14

  // One run of text: pdfkit misplaces centred text continued across fonts.
  doc.font(FONT.boldItalic).fontSize(13)
  doc.text(`Chủ đề: ${c.theme}`, MARGIN.left, doc.y, { width: CONTENT_WIDTH, align: 'center', lineGap: 1 })
  doc.y += 10
}
