// Pure helpers of the entry grid, shared with the server's error keys (lib/indicators/save-grid.ts).
export type Field = 'actual' | 'previous' | 'qualifier' | 'note' | 'target'
export const cellKey = (unitId: string, indicatorId: string, field: Field, source?: string) =>
  `cell:${unitId}:${indicatorId}:${field}${source ? `:${source}` : ''}`

export { parseBlock } from '@/lib/reports/tsv'

// Where a keyboard move lands, kept inside the grid.
export function move(row: number, col: number, key: string, rows: number, cols: number): [number, number] | null {
  if (key === 'ArrowDown' || key === 'Enter') return row + 1 < rows ? [row + 1, col] : null
  if (key === 'ArrowUp') return row > 0 ? [row - 1, col] : null
  if (key === 'ArrowRight') return col + 1 < cols ? [row, col + 1] : null
  if (key === 'ArrowLeft') return col > 0 ? [row, col - 1] : null
  return null
}
