import type { Qualifier } from '../calc/types'
import { defaultTargetSource } from '../schemas'

// The workbook a secretariat downloads, fills in and uploads back. Written by write.ts and read by
// read.ts from this one description, so the two cannot drift apart.

export type Period = 'H1' | 'YEAR'
export type SheetMeta = { clusterName: string; year: number; period: Period }

export const sheetNames: Record<Period, string> = { YEAR: 'Cả năm', H1: '6 tháng' }
export const periodTitles: Record<Period, string> = { YEAR: 'Cả năm', H1: '6 tháng đầu năm' }

// Rows 1–3: cluster name, year and period, how to fill in. Row 4 is blank to the eye but holds, in
// the hidden column B, the key "2021:YEAR": a template of another year or period has the same units
// and indicator codes, and would otherwise be read as this year's figures.
export const KEY_ROW = 4
export const HEADER_ROW = 5
export const FIRST_DATA_ROW = 6
export const yearKey = (meta: Pick<SheetMeta, 'year' | 'period'>) => `${meta.year}:${meta.period}`

// Past this, an upload is not a cluster's figures (20 members × 80 indicators is 1.600 rows) and
// reading it would only hold the server's memory.
export const MAX_ROWS = 50_000

export type ColumnKey =
  | 'stt'
  | 'unitId'
  | 'unitName'
  | 'code'
  | 'name'
  | 'unit'
  | 'target'
  | 'actual'
  | 'qualifier'
  | 'previous'
  | 'note'
  | 'percentOfTarget'
  | 'percentOfPrevious'
  | 'growth'
export type Column = { key: ColumnKey; header: string; width: number; source?: string }

// The columns a clerk may fill in; every other column is read-only information.
export const inputKeys: ReadonlySet<ColumnKey> = new Set(['target', 'actual', 'qualifier', 'previous', 'note'])

// One target column per source; a grid with no target yet still offers the province's plan.
export function targetSources(grid: { sources: string[] }): string[] {
  return grid.sources.length ? grid.sources : [defaultTargetSource]
}

export function columns(sources: string[], withComparisons: boolean): Column[] {
  const base: Column[] = [
    { key: 'stt', header: 'STT', width: 6 },
    { key: 'unitId', header: 'Mã đơn vị', width: 14 },
    { key: 'unitName', header: 'Đơn vị', width: 18 },
    { key: 'code', header: 'Mã chỉ tiêu', width: 13 },
    { key: 'name', header: 'Chỉ tiêu', width: 40 },
    { key: 'unit', header: 'Đơn vị tính', width: 11 },
    ...sources.map((source) => ({ key: 'target' as const, header: `KH ${source}`, width: 14, source })),
    { key: 'actual', header: 'Thực hiện', width: 14 },
    { key: 'qualifier', header: 'Ghi nhận', width: 10 },
    { key: 'previous', header: 'Cùng kỳ năm trước', width: 14 },
    { key: 'note', header: 'Ghi chú', width: 32 },
  ]
  if (!withComparisons) return base
  // After "Ghi chú", so an exported file keeps the template's column letters and can be uploaded back.
  return [
    ...base,
    ...sources.map((source) => ({ key: 'percentOfTarget' as const, header: `% KH ${source}`, width: 12, source })),
    { key: 'percentOfPrevious', header: '% so với cùng kỳ', width: 12 },
    { key: 'growth', header: 'Tăng trưởng', width: 12 },
  ]
}

// 1 → "A", 27 → "AA": problems name a column the way Excel shows it.
export function columnLetter(index: number): string {
  let letters = ''
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

// Headers and labels are compared the way a reader sees them: typed text may arrive decomposed
// (NFD) or with doubled spaces, and "thực hiện" is the same column as "Thực hiện".
export const normalize = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLocaleLowerCase('vi')

// Which layout column a header names; a target column only for a source the grid knows, so a typo
// ("KH Tinh giao") is reported instead of creating a new source.
export function matchHeader(text: string, sources: string[]): { key: ColumnKey; source?: string } | null {
  const wanted = normalize(text)
  for (const c of columns(sources, true)) if (normalize(c.header) === wanted) return { key: c.key, source: c.source }
  return null
}

// As the cluster reports them; EXACT is written as an empty cell. "—" (or "-") also means EXACT,
// because an empty cell in an upload means "leave as it is".
export const qualifierLabels: Record<Qualifier, string> = { EXACT: '', OVER: 'trên', NEARLY: 'gần', ABOUT: 'khoảng' }
export const qualifierList = ['—', 'trên', 'gần', 'khoảng']

export function parseQualifier(text: string): Qualifier | null {
  const t = normalize(text)
  if (t === '—' || t === '-' || t === '–') return 'EXACT'
  for (const [q, label] of Object.entries(qualifierLabels) as [Qualifier, string][]) {
    if ((label && t === label) || t === q.toLocaleLowerCase('vi')) return q
  }
  return null
}
