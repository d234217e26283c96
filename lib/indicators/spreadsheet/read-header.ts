import type { Worksheet } from 'exceljs'
import { readCell, shownText } from './cell-value'
import { HEADER_ROW, columnLetter, inputKeys, matchHeader, normalize, type ColumnKey } from './layout'
import type { Problem } from './problems'

export type ColumnRef = { key: ColumnKey; source?: string }
// Columns by their 1-based index; `extras` are headers the layout does not know.
export type HeaderMap = { row: number; columns: Map<number, ColumnRef>; extras: Map<number, string> }

// A clerk may delete or add a title line, so the header is looked for, not assumed at row 5.
const SEARCH_ROWS = 20

// Columns are found by their header, not their letter: a column moved or inserted by the clerk
// still reads right, and one the layout does not know is reported instead of read as something else.
export function readHeader(ws: Worksheet, sources: string[]): { ok: true; header: HeaderMap } | { ok: false; problem: Problem } {
  const fail = (row: number, column: number, value: string): { ok: false; problem: Problem } => ({
    ok: false,
    problem: { sheet: ws.name, row, column: columnLetter(column), code: 'headerMismatch', value },
  })
  const row = findHeaderRow(ws)
  if (!row) return fail(HEADER_ROW, 4, 'Mã chỉ tiêu')
  const columns = new Map<number, ColumnRef>()
  const extras = new Map<number, string>()
  const seen = new Set<string>()
  const header = ws.getRow(row)
  for (let column = 1; column <= header.cellCount; column++) {
    const text = shownText(readCell(header.getCell(column).value))
    if (!text) continue
    const ref = matchHeader(text, sources)
    if (!ref) {
      extras.set(column, text)
      continue
    }
    const id = `${ref.key}:${ref.source ?? ''}`
    // Two "Thực hiện" columns: whichever we read, the other's figures would be lost unseen.
    if (seen.has(id)) return fail(row, column, text)
    seen.add(id)
    columns.set(column, ref)
  }
  const has = (key: ColumnKey) => [...columns.values()].some((c) => c.key === key)
  if (!has('unitId') && !has('unitName')) return fail(row, 2, 'Mã đơn vị')
  if (![...columns.values()].some((c) => inputKeys.has(c.key))) return fail(row, 8, 'Thực hiện')
  return { ok: true, header: { row, columns, extras } }
}

function findHeaderRow(ws: Worksheet): number | null {
  for (let n = 1; n <= Math.min(SEARCH_ROWS, ws.rowCount); n++) {
    let found = false
    ws.getRow(n).eachCell((cell) => {
      if (normalize(shownText(readCell(cell.value))) === 'mã chỉ tiêu') found = true
    })
    if (found) return n
  }
  return null
}
