import ExcelJS from 'exceljs'
import type { Grid } from '../load-grid'
import { defaultTargetSource, type CellChange } from '../schemas'
import { readCell, shownText } from './cell-value'
import { MAX_ROWS, columnLetter, normalize, sheetNames, yearKey, type SheetMeta } from './layout'
import type { Problem } from './problems'
import { readHeader } from './read-header'
import { createRowReader } from './read-row'
import { checkXlsxBytes } from './zip-check'

export type UploadRead = { changes: CellChange[]; problems: Problem[]; rowsRead: number }

// Reads a filled-in template against the grid it is meant for. Never throws on what a user can
// upload: every fault is a problem at its sheet, row and column. The changes are for the existing
// save service, applied only when no problem blocks them (isBlocking), all or nothing.
export async function readUpload(bytes: Uint8Array, grid: Grid, meta: SheetMeta): Promise<UploadRead> {
  const zip = checkXlsxBytes(bytes)
  if (!zip.ok) return stop({ sheet: '', row: 0, column: '', code: zip.code })
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer)
  } catch {
    // A ZIP with an xl/workbook.xml that exceljs cannot make sense of (damaged, Strict OOXML …).
    return stop({ sheet: '', row: 0, column: '', code: 'notXlsx' })
  }

  // Only the period's sheet: a workbook with both periods is read once per period.
  const name = sheetNames[meta.period]
  const ws = workbook.worksheets.find((w) => normalize(w.name) === normalize(name))
  if (!ws) return stop({ sheet: name, row: 0, column: '', code: 'sheetMissing', value: workbook.worksheets.map((w) => w.name).join(', ') })
  const sources = [...new Set([...grid.sources, defaultTargetSource])]
  const found = readHeader(ws, sources)
  if (!found.ok) return stop(found.problem)
  const { header } = found

  const key = shownText(readCell(ws.getCell(header.row - 1, 2).value))
  if (/^\d{4}:(H1|YEAR)$/.test(key) && key !== yearKey(meta)) {
    return stop({ sheet: ws.name, row: header.row - 1, column: 'B', code: 'wrongPeriod', value: key })
  }
  if (ws.actualRowCount - header.row > MAX_ROWS) {
    return stop({ sheet: ws.name, row: header.row + MAX_ROWS + 1, column: '', code: 'tooManyRows' })
  }

  const { read, result } = createRowReader(grid, ws.name, header)
  ws.eachRow((row, n) => {
    if (n > header.row) read(row, n)
  })
  // An extra column is only in the way when it holds figures the clerk expects to be read.
  const extras: Problem[] = [...new Set([...header.extras.keys(), ...result.extrasWithData])].map((column) => ({
    sheet: ws.name,
    row: header.row,
    column: columnLetter(column),
    code: 'extraColumn',
    value: header.extras.get(column) ?? '',
    ...(!result.extrasWithData.has(column) && { warning: true as const }),
  }))
  return { changes: result.changes, problems: [...extras, ...result.problems].sort(byPlace), rowsRead: result.rowsRead }
}

function stop(problem: Problem): UploadRead {
  return { changes: [], problems: [problem], rowsRead: 0 }
}

// In reading order: by row, then column ("B" before "AA").
function byPlace(a: Problem, b: Problem): number {
  return a.row - b.row || a.column.length - b.column.length || a.column.localeCompare(b.column)
}
