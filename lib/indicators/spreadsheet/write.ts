import ExcelJS, { type DataValidation } from 'exceljs'
import { toCsv } from '@/lib/reports/csv'
import type { Grid, GridCell } from '../load-grid'
import { comparisons, figureText, numberFormat, type Comparisons, type GridIndicator } from './figures'
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  KEY_ROW,
  columnLetter,
  columns,
  periodTitles,
  qualifierLabels,
  sheetNames,
  targetSources,
  yearKey,
  type Column,
  type SheetMeta,
} from './layout'
import { addValidation, protection, qualifierValidation, styleCell, styleHeader, styleTitle, yesNoValidation } from './sheet-style'

// The template a secretariat fills in: today's figures already in place, so a clerk completes what is
// missing and an untouched file reads back as no change at all.
export function buildTemplate(grid: Grid, meta: SheetMeta): Promise<Uint8Array> {
  return build(grid, meta, false)
}

// The same sheet with the comparisons as the screen shows them; a report, so nothing is locked.
export function buildExport(grid: Grid, meta: SheetMeta): Promise<Uint8Array> {
  return build(grid, meta, true)
}

type RowContext = { cell: GridCell; indicator: GridIndicator; unitName: string; index: number }

async function build(grid: Grid, meta: SheetMeta, withComparisons: boolean): Promise<Uint8Array> {
  const sources = targetSources(grid)
  const cols = columns(sources, withComparisons)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Cụm thi đua'
  workbook.title = `${meta.clusterName} — ${meta.year} — ${periodTitles[meta.period]}`
  // Frozen through "Chỉ tiêu": unit and indicator stay in sight while scrolling to the figures.
  const ws = workbook.addWorksheet(sheetNames[meta.period], { views: [{ state: 'frozen', xSplit: 5, ySplit: HEADER_ROW }] })
  ws.columns = cols.map((c) => ({ width: c.width, hidden: c.key === 'unitId' }))
  styleTitle(ws, [
    meta.clusterName,
    `Chỉ tiêu năm ${meta.year} — ${periodTitles[meta.period]}`,
    withComparisons
      ? 'Tỷ lệ so với kế hoạch và cùng kỳ do phần mềm tính.'
      : 'Số nhập kiểu 1.234,5 hoặc số Excel. Ô để trống: giữ nguyên số liệu đã có. Ô màu xám không sửa.',
  ])
  ws.getCell(KEY_ROW, 2).value = yearKey(meta)
  cols.forEach((c, i) => (ws.getCell(HEADER_ROW, i + 1).value = c.header))
  styleHeader(ws.getRow(HEADER_ROW))

  const indicators = new Map(grid.indicators.map((i) => [i.id, i]))
  const names = new Map(grid.members.map((m) => [m.id, m.name]))
  // Figures the secretariat confirmed are locked on screen; the template locks them too.
  const confirmed = new Set(grid.reviews.filter((r) => r.status === 'CONFIRMED').map((r) => r.unitId))
  const validations = new Map<string, { column: number; validation: DataValidation; rows: number[] }>()
  const validated = (column: number, validation: DataValidation) => {
    const key = `${column}:${validation.type}`
    if (!validations.has(key)) validations.set(key, { column, validation, rows: [] })
    return validations.get(key)!.rows
  }
  grid.cells.forEach((cell, index) => {
    const indicator = indicators.get(cell.indicatorId)
    if (!indicator) return
    const row = ws.getRow(FIRST_DATA_ROW + index)
    const context = { cell, indicator, unitName: names.get(cell.unitId) ?? '', index }
    const shown = withComparisons ? comparisons(cell, indicator, sources) : null
    cols.forEach((column, c) => {
      const target = row.getCell(c + 1)
      target.value = valueOf(column, context, shown)
      // The export looks the same but is not protected, and a report needs no input lists.
      const open = !confirmed.has(cell.unitId) && isOpen(column, cell)
      const numeric = ['target', 'actual', 'previous'].includes(column.key)
      styleCell(target, { open, numFmt: numeric ? numberFormat(indicator) : undefined, right: shown !== null && isComparison(column) })
      if (!open || withComparisons) return
      if (column.key === 'qualifier') validated(c, qualifierValidation).push(row.number)
      else if (numeric && indicator.kind === 'BOOLEAN') validated(c, yesNoValidation).push(row.number)
    })
  })
  validations.forEach(({ column, validation, rows }) => addValidation(ws, columnLetter(column + 1), rows, validation))
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: cols.length } }
  if (!withComparisons) await ws.protect('', protection)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

// Last year's figure is read-only where it comes from last year's data (as on screen).
function isOpen(column: Column, cell: GridCell): boolean {
  if (column.key === 'previous') return !cell.previousFromLastYear
  return ['target', 'actual', 'qualifier', 'note'].includes(column.key)
}

const isComparison = (column: Column) => ['percentOfTarget', 'percentOfPrevious', 'growth'].includes(column.key)

function valueOf(column: Column, { cell, indicator, unitName, index }: RowContext, shown: Comparisons | null) {
  switch (column.key) {
    case 'stt':
      return index + 1
    case 'unitId':
      return cell.unitId
    case 'unitName':
      return unitName
    case 'code':
      return indicator.code
    case 'name':
      return indicator.nameVi
    case 'unit':
      return indicator.unit
    // Numbers stay numbers, so the clerk's Excel can sum and sort them.
    case 'target':
      return cell.targets[column.source!]?.value ?? null
    case 'actual':
      return cell.actual
    case 'previous':
      return cell.previous
    case 'qualifier':
      return qualifierLabels[cell.qualifier] || null
    case 'note':
      return cell.note || null
    case 'percentOfTarget':
      return shown?.percentOfTarget[column.source!] ?? null
    case 'percentOfPrevious':
      return shown?.percentOfPrevious ?? null
    case 'growth':
      return shown?.growth ?? null
  }
}

// The grid with its comparisons for any spreadsheet or script: one line per unit and indicator, year
// and period in every line so exports of several periods can be put together; figures as on screen.
export function gridCsv(grid: Grid, meta: SheetMeta): string {
  const sources = targetSources(grid)
  const cols = columns(sources, true).filter((c) => c.key !== 'unitId') // an internal id means nothing in a CSV
  const indicators = new Map(grid.indicators.map((i) => [i.id, i]))
  const names = new Map(grid.members.map((m) => [m.id, m.name]))
  const rows = grid.cells.flatMap((cell, index) => {
    const indicator = indicators.get(cell.indicatorId)
    if (!indicator) return []
    const shown = comparisons(cell, indicator, sources)
    const context = { cell, indicator, unitName: names.get(cell.unitId) ?? '', index }
    return [
      [
        meta.year,
        periodTitles[meta.period],
        ...cols.map((column) => {
          const value = valueOf(column, context, shown)
          return ['target', 'actual', 'previous'].includes(column.key) ? figureText(value as number | null, indicator) : (value ?? '')
        }),
      ],
    ]
  })
  return toCsv(['Năm', 'Kỳ', ...cols.map((c) => c.header)], rows)
}
