import type { Row } from 'exceljs'
import { validateValue } from '../calc/validate'
import type { Grid, GridCell } from '../load-grid'
import type { CellChange } from '../schemas'
import { changeText, numberOf, readCell, shownText, type CellRead } from './cell-value'
import { ruleOf, type GridIndicator } from './figures'
import type { ColumnRef, HeaderMap } from './read-header'
import { columnLetter, inputKeys, normalize, parseQualifier } from './layout'
import type { Problem, ProblemCode } from './problems'

const NOTE_LIMIT = 2000 // cellChangeSchema's limit for any text

// Reads the data rows of one sheet into the changes the save service takes. Only a cell whose value
// differs from the grid becomes a change, with the version the grid was loaded at, so a figure
// changed by someone since the template was made is a conflict at save time, not overwritten.
export function createRowReader(grid: Grid, sheet: string, header: HeaderMap) {
  const indicators = new Map(grid.indicators.map((i) => [i.code, i]))
  const members = new Map(grid.members.map((m) => [m.id, m]))
  const membersByName = new Map(grid.members.map((m) => [normalize(m.name), m]))
  const cells = new Map(grid.cells.map((c) => [`${c.unitId}:${c.indicatorId}`, c]))
  const confirmed = new Set(grid.reviews.filter((r) => r.status === 'CONFIRMED').map((r) => r.unitId))
  const columnOf = (key: ColumnRef['key']) => [...header.columns].find(([, c]) => c.key === key)?.[0]
  // Problems point at what the clerk sees: the unit's name, not its hidden id.
  const unitColumn = columnOf('unitName') ?? columnOf('unitId')!
  const codeColumn = columnOf('code')!
  const seen = new Set<string>()
  const result = { changes: [] as CellChange[], problems: [] as Problem[], rowsRead: 0, extrasWithData: new Set<number>() }

  function read(row: Row, n: number): void {
    const values = new Map<number, CellRead>()
    row.eachCell((cell, column) => {
      const value = readCell(cell.value, cell.numFmt)
      if (value.kind === 'blank') return
      values.set(column, value)
    })
    const text = (key: ColumnRef['key']) => {
      const column = columnOf(key)
      return column ? shownText(values.get(column) ?? { kind: 'blank' }) : ''
    }
    const inputs = [...header.columns].filter(([column, c]) => inputKeys.has(c.key) && values.has(column))
    const code = text('code')
    // Lines under the table ("Người lập biểu", a signature) carry no code and no figure.
    if (!code && !inputs.length) return
    result.rowsRead++
    for (const column of values.keys()) if (!header.columns.has(column)) result.extrasWithData.add(column)
    const problem = (column: number, code: ProblemCode, value?: string) =>
      void result.problems.push({ sheet, row: n, column: columnLetter(column), code, ...(value !== undefined && { value }) })

    const unitId = text('unitId')
    const unitName = text('unitName')
    // The hidden id decides; the name only for a row a clerk added without one.
    const member = unitId ? members.get(unitId) : membersByName.get(normalize(unitName))
    const indicator = indicators.get(code)
    if (!member) problem(unitColumn, 'unknownUnit', unitName || unitId)
    if (!indicator) problem(codeColumn, 'unknownIndicator', code)
    if (!member || !indicator) return
    const key = `${member.id}:${indicator.id}`
    const cell = cells.get(key)
    if (!cell) return problem(codeColumn, 'unknownIndicator', code)
    if (seen.has(key)) return problem(codeColumn, 'duplicateRow', code)
    seen.add(key)
    for (const [column, ref] of inputs) {
      const outcome = readInput(ref, values.get(column)!, cell, indicator)
      if (outcome === null) continue
      if ('code' in outcome) problem(column, outcome.code, shownText(values.get(column)!))
      else if (confirmed.has(cell.unitId)) problem(column, 'confirmed', shownText(values.get(column)!))
      else result.changes.push(outcome)
    }
  }
  return { read, result }
}

type Outcome = CellChange | { code: ProblemCode } | null

// null: blank or the same as the grid, i.e. no change.
function readInput(ref: ColumnRef, value: CellRead, cell: GridCell, indicator: GridIndicator): Outcome {
  const change = (text: string): CellChange => ({
    unitId: cell.unitId,
    indicatorId: cell.indicatorId,
    field: ref.key as CellChange['field'],
    text,
    ...(ref.key === 'target'
      ? { source: ref.source!, expectedVersion: cell.targets[ref.source!]?.version ?? 0 }
      : { expectedVersion: cell.version }),
  })
  if (ref.key === 'note') {
    const note = shownText(value)
    if (note === cell.note) return null
    return note.length > NOTE_LIMIT ? { code: 'noteTooLong' } : change(note)
  }
  if (ref.key === 'qualifier') {
    const qualifier = parseQualifier(shownText(value))
    if (!qualifier) return { code: 'unknownQualifier' }
    return qualifier === cell.qualifier ? null : change(qualifier)
  }
  const rule = ruleOf(indicator)
  const number = numberOf(value, rule)
  if (!number.ok) return { code: number.code }
  const current = ref.key === 'target' ? (cell.targets[ref.source!]?.value ?? null) : ref.key === 'actual' ? cell.actual : cell.previous
  if (number.raw === current || number.value === current) return null
  // As the save service does: a reduction's target is a planned cut in points, not a rate, so the
  // rate's bounds do not apply to it.
  const invalid = validateValue(number.value, rule)
  if (invalid && !(ref.key === 'target' && rule.reduction)) return { code: invalid }
  if (ref.key === 'previous' && cell.previousFromLastYear) return { code: 'readOnly' }
  return change(changeText(number.value))
}
