import type { Targets } from '../types'
import { CONTENT_WIDTH, FONT, type Doc } from './page'
import { CELL_PAD_X, drawTable, tableLeadHeight, type TableColumn } from './table'
import { drawCaption } from './body'

// Per-member targets on A4 portrait. The font shrinks from 11 pt down to 9 pt (the smallest size still
// comfortable on paper) until no word has to be broken; if even 9 pt is too wide, the indicator columns
// are split into several tables that each repeat the "STT" and unit columns.

const SIZES = [11, 10.5, 10, 9.5, 9]
const MAX_COL = 150 // a long label wraps instead of starving its neighbours
const MAX_WORD = 90 // a single unbroken "word" wider than this is broken by pdfkit

// min: the longest word (narrower would break words); cell: the widest cell on one line (figures
// should not wrap); header: half the header's length (headers may wrap onto two or three lines).
type Measure = { min: number; cell: number; header: number }

function measure(doc: Doc, header: string, cells: string[], size: number): Measure {
  let min = 0
  const widest = (text: string) => {
    let w = 0
    for (const line of text.split('\n')) {
      w = Math.max(w, doc.widthOfString(line))
      for (const word of line.split(/\s+/)) min = Math.max(min, Math.min(doc.widthOfString(word), MAX_WORD))
    }
    return w
  }
  doc.font(FONT.bold).fontSize(size)
  const headerWidth = widest(header) / 2
  doc.font(FONT.regular).fontSize(size)
  const cell = Math.max(0, ...cells.map(widest))
  const pad = 2 * CELL_PAD_X + 1
  const cap = (w: number) => Math.min(Math.max(w, min) + pad, MAX_COL)
  return { min: min + pad, cell: cap(cell), header: cap(Math.max(cell, headerWidth)) }
}

// Widths grow from min towards each target in turn (cells first, then headers), each step as far as the
// line allows; what is left is shared by every column but "STT", which only holds a row number.
function fit(ms: Measure[], total: number): number[] {
  let widths = ms.map((m) => m.min)
  for (const target of [ms.map((m) => m.cell), ms.map((m) => m.header)]) {
    const want = target.reduce((s, t, i) => s + Math.max(t - widths[i], 0), 0)
    const spare = total - widths.reduce((s, w) => s + w, 0)
    const grow = want > 0 ? Math.min(1, spare / want) : 0
    widths = widths.map((w, i) => w + Math.max(target[i] - w, 0) * grow)
  }
  const left = total - widths.reduce((s, w) => s + w, 0)
  const sum = widths.slice(1).reduce((s, w) => s + w, 0)
  return widths.map((w, i) => (i === 0 ? w : w + (left * w) / sum))
}

type Layout = { size: number; groups: number[][] } // groups of indicator column indexes

function planLayout(doc: Doc, t: Targets, fixed: (size: number) => Measure[]): Layout {
  const all = t.columns.map((_, i) => i)
  for (const size of SIZES) {
    const need = [...fixed(size), ...all.map((i) => measureColumn(doc, t, i, size))].reduce((s, m) => s + m.min, 0)
    if (need <= CONTENT_WIDTH) return { size, groups: [all] }
  }
  // Too wide even at 9 pt: greedy split, each group with the fixed columns again.
  const size = SIZES[SIZES.length - 1]
  const base = fixed(size).reduce((s, m) => s + m.min, 0)
  const groups: number[][] = [[]]
  let used = base
  for (const i of all) {
    const w = measureColumn(doc, t, i, size).min
    const current = groups[groups.length - 1]
    if (current.length > 0 && used + w > CONTENT_WIDTH) {
      groups.push([])
      used = base
    }
    groups[groups.length - 1].push(i)
    used += w
  }
  return { size, groups }
}

function measureColumn(doc: Doc, t: Targets, i: number, size: number): Measure {
  return measure(
    doc,
    t.columns[i],
    t.rows.map((r) => r.values[i] ?? ''),
    size,
  )
}

export function drawTargetsTable(doc: Doc, t: Targets, caption: string): void {
  const rowNumbers = t.rows.map((_, i) => String(i + 1))
  const fixed = (size: number) => [
    measure(doc, 'STT', rowNumbers, size),
    measure(
      doc,
      'Đơn vị',
      t.rows.map((r) => r.unitName),
      size,
    ),
  ]
  const layout = planLayout(doc, t, fixed)

  layout.groups.forEach((group, g) => {
    const ms = [...fixed(layout.size), ...group.map((i) => measureColumn(doc, t, i, layout.size))]
    const widths = fit(ms, CONTENT_WIDTH)
    const columns: TableColumn[] = [
      { header: 'STT', width: widths[0], align: 'center' },
      { header: 'Đơn vị', width: widths[1], align: 'left' },
      ...group.map((i, k) => ({ header: t.columns[i], width: widths[k + 2], align: 'center' as const })),
    ]
    const rows = t.rows.map((r, n) => [rowNumbers[n], r.unitName, ...group.map((i) => r.values[i] ?? '')])
    const title = layout.groups.length > 1 && g > 0 ? `${caption} (tiếp theo)` : caption
    const spec = { columns, rows, fontSize: layout.size }
    drawCaption(doc, title, tableLeadHeight(doc, spec))
    drawTable(doc, spec)
  })
}
