import { CONTENT_BOTTOM, FONT, INK, MARGIN, ensureSpace, type Doc } from './page'

// A ruled table that wraps text in its cells and continues on the next page with the header row
// repeated, so a 300-row targets table stays readable on paper.

export type TableColumn = { header: string; width: number; align: 'left' | 'center' | 'right' }
export type TableSpec = { columns: TableColumn[]; rows: string[][]; fontSize: number }

export const CELL_PAD_X = 3
const CELL_PAD_Y = 2.5
const HEADER_FILL = '#eeeeee'

function rowHeight(doc: Doc, cols: TableColumn[], cells: string[], font: string, size: number): number {
  doc.font(font).fontSize(size)
  let h = 0
  cols.forEach((col, i) => {
    const text = cells[i] ?? ''
    const textH = text === '' ? doc.currentLineHeight() : doc.heightOfString(text, { width: col.width - 2 * CELL_PAD_X })
    h = Math.max(h, textH)
  })
  return h + 2 * CELL_PAD_Y
}

function drawRow(doc: Doc, cols: TableColumn[], cells: string[], y: number, h: number, header: boolean, size: number) {
  let x = MARGIN.left
  const totalWidth = cols.reduce((s, c) => s + c.width, 0)
  if (header) doc.save().rect(x, y, totalWidth, h).fill(HEADER_FILL).restore()
  doc
    .fillColor(INK)
    .font(header ? FONT.bold : FONT.regular)
    .fontSize(size)
  cols.forEach((col, i) => {
    const width = col.width - 2 * CELL_PAD_X
    const text = cells[i] ?? ''
    // Vertically centre single-line cells next to taller neighbours, as Word's "center" cell alignment.
    const textH = text === '' ? 0 : doc.heightOfString(text, { width })
    const top = y + Math.max(CELL_PAD_Y, (h - textH) / 2)
    if (text !== '') doc.text(text, x + CELL_PAD_X, top, { width, align: header ? 'center' : col.align })
    x += col.width
  })
  // Grid: outer box of the row and the column separators.
  doc.save().lineWidth(0.5).strokeColor(INK).rect(MARGIN.left, y, totalWidth, h).stroke()
  x = MARGIN.left
  for (const col of cols.slice(0, -1)) {
    x += col.width
    doc
      .moveTo(x, y)
      .lineTo(x, y + h)
      .stroke()
  }
  doc.restore()
}

/** Header plus first row: what a caption above the table must keep with it. */
export function tableLeadHeight(doc: Doc, spec: TableSpec): number {
  const header = rowHeight(
    doc,
    spec.columns,
    spec.columns.map((c) => c.header),
    FONT.bold,
    spec.fontSize,
  )
  return header + (spec.rows.length > 0 ? rowHeight(doc, spec.columns, spec.rows[0], FONT.regular, spec.fontSize) : 0)
}

export function drawTable(doc: Doc, spec: TableSpec): void {
  const { columns, rows, fontSize } = spec
  const headerCells = columns.map((c) => c.header)
  const headerH = rowHeight(doc, columns, headerCells, FONT.bold, fontSize)

  // The header never stands alone at the foot of a page.
  const firstH = rows.length > 0 ? rowHeight(doc, columns, rows[0], FONT.regular, fontSize) : 0
  ensureSpace(doc, headerH + firstH)
  let y = doc.y
  drawRow(doc, columns, headerCells, y, headerH, true, fontSize)
  y += headerH

  for (const cells of rows) {
    const h = rowHeight(doc, columns, cells, FONT.regular, fontSize)
    if (y + h > CONTENT_BOTTOM) {
      doc.addPage()
      y = doc.y
      drawRow(doc, columns, headerCells, y, headerH, true, fontSize)
      y += headerH
    }
    drawRow(doc, columns, cells, y, h, false, fontSize)
    y += h
  }
  doc.x = MARGIN.left
  doc.y = y + 6
}
