import type { PledgeSignatureRecord, Signatory } from '../types'
import { upper, vietnamDateTime } from '../format-vi'
import { CONTENT_WIDTH, FONT, GREY, INK, MARGIN, ensureSpace, type Doc } from './page'
import { drawCaption } from './body'

// One signature block per member, two to a row (an odd last one centred), as on the paper pledge:
// title in bold capitals, room for the signature and seal, the full name in bold. The names come from
// the signed content; who actually signed, and when, is on the signature page.

const COL_WIDTH = CONTENT_WIDTH / 2
const SIGN_SPACE = 62 // room for a wet signature and seal if the page is printed and signed by hand
const TITLE_SIZE = 12.5
const NAME_SIZE = 13

export type SignedBlock = Signatory & { signature?: PledgeSignatureRecord }

/** Matching is by unit name, insensitive to case and Unicode form (the schema forbids duplicates). */
export function unitKey(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase('vi')
}

const TEXT_WIDTH = COL_WIDTH - 10

// A title too long for one line is split where the two halves are most even ("CHỦ TỊCH UBND" over
// "HUYỆN HƯƠNG SƠN"), as clerks centre it by hand, instead of leaving one word alone on line two.
// `force` splits a title that would fit, so all blocks on the page read alike.
function balance(doc: Doc, text: string, force: boolean): string[] {
  if (!force && doc.widthOfString(text) <= TEXT_WIDTH) return [text]
  const words = text.split(' ')
  let best: string[] = [text]
  let bestWidth = Infinity
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')]
    const w = Math.max(...lines.map((l) => doc.widthOfString(l)))
    if (w <= TEXT_WIDTH && w < bestWidth) [best, bestWidth] = [lines, w]
  }
  return best // still too wide: pdfkit wraps it
}

function titleLines(b: Signatory): string[] {
  // "CHỦ TỊCH UBND HUYỆN VŨ QUANG" already names the unit; otherwise put the unit on its own line.
  const title = upper(b.title)
  return title.includes(upper(b.unitName)) ? [title] : [upper(b.unitName), title]
}

type Laid = { block: SignedBlock; lines: string[]; titleHeight: number; nameHeight: number }

function lay(doc: Doc, blocks: SignedBlock[]): Laid[] {
  doc.font(FONT.bold).fontSize(TITLE_SIZE)
  const force = blocks.some((b) => titleLines(b).some((l) => doc.widthOfString(l) > TEXT_WIDTH))
  return blocks.map((block) => {
    doc.font(FONT.bold).fontSize(TITLE_SIZE)
    const lines = titleLines(block).flatMap((l) => balance(doc, l, force))
    const titleHeight = lines.reduce((h, l) => h + doc.heightOfString(l, { width: TEXT_WIDTH }), 0)
    doc.fontSize(NAME_SIZE)
    return { block, lines, titleHeight, nameHeight: doc.heightOfString(block.personName, { width: TEXT_WIDTH }) }
  })
}

// Titles start on one line and names sit on one line across the row, whatever their lengths.
function drawBlock(doc: Doc, b: Laid, x: number, y: number, nameY: number): void {
  doc.font(FONT.bold).fontSize(TITLE_SIZE).fillColor(INK)
  let cy = y
  for (const l of b.lines) {
    doc.text(l, x + 5, cy, { width: TEXT_WIDTH, align: 'center' })
    cy = doc.y
  }
  const signature = b.block.signature
  if (signature) {
    doc.font(FONT.italic).fontSize(10).fillColor(GREY)
    doc.text(`(Đã ký điện tử lúc ${vietnamDateTime(signature.signedAt)})`, x + 5, nameY - SIGN_SPACE / 2 - 6, {
      width: TEXT_WIDTH,
      align: 'center',
    })
    doc.fillColor(INK)
  }
  doc.font(FONT.bold).fontSize(NAME_SIZE)
  doc.text(b.block.personName, x + 5, nameY, { width: TEXT_WIDTH, align: 'center' })
}

function rowHeight(pair: Laid[]): { titleH: number; h: number } {
  const titleH = Math.max(...pair.map((b) => b.titleHeight))
  return { titleH, h: titleH + SIGN_SPACE + Math.max(...pair.map((b) => b.nameHeight)) }
}

/**
 * The caption, then the blocks two by two. `trailing` is the height of what must stay on the page of
 * the last row (the "Nơi nhận" list), so neither the caption nor the list is ever left alone on a page.
 */
export function drawSignatureBlocks(doc: Doc, caption: string, blocks: SignedBlock[], trailing = 0): void {
  const laid = lay(doc, blocks)
  const trailingFor = (i: number) => (i + 2 >= laid.length ? trailing : 0)
  drawCaption(doc, caption, rowHeight(laid.slice(0, 2)).h + 14 + trailingFor(0))
  for (let i = 0; i < laid.length; i += 2) {
    const pair = laid.slice(i, i + 2)
    const { titleH, h } = rowHeight(pair)
    ensureSpace(doc, h + 14 + trailingFor(i))
    const y = doc.y + 14
    const nameY = y + titleH + SIGN_SPACE
    if (pair.length === 2) {
      drawBlock(doc, pair[0], MARGIN.left, y, nameY)
      drawBlock(doc, pair[1], MARGIN.left + COL_WIDTH, y, nameY)
    } else {
      drawBlock(doc, pair[0], MARGIN.left + COL_WIDTH / 2, y, nameY)
    }
    doc.x = MARGIN.left
    doc.y = y + h
  }
}

const RECIPIENTS_GAP = 22

function recipientItems(recipients: string[]): string[] {
  return recipients.map((r, i) => `- ${r.replace(/[;.,]+$/, '')}${i === recipients.length - 1 ? '.' : ';'}`)
}

export function recipientsHeight(doc: Doc, recipients: string[]): number {
  if (recipients.length === 0) return 0
  doc.font(FONT.boldItalic).fontSize(12)
  const label = doc.heightOfString('Nơi nhận:', { width: COL_WIDTH })
  doc.font(FONT.regular).fontSize(11)
  return RECIPIENTS_GAP + label + recipientItems(recipients).reduce((s, t) => s + doc.heightOfString(t, { width: COL_WIDTH }), 0)
}

/** "Nơi nhận:" in bold italic 12 pt, then one "- item;" per line in 11 pt, the last ending with ".". */
export function drawRecipients(doc: Doc, recipients: string[]): void {
  if (recipients.length === 0) return
  ensureSpace(doc, recipientsHeight(doc, recipients))
  doc.y += RECIPIENTS_GAP
  doc.font(FONT.boldItalic).fontSize(12).text('Nơi nhận:', MARGIN.left, doc.y, { width: COL_WIDTH })
  doc.font(FONT.regular).fontSize(11)
  for (const t of recipientItems(recipients)) doc.text(t, MARGIN.left, doc.y, { width: COL_WIDTH })
}
