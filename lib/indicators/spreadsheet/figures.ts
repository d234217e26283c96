import type { IndicatorRule } from '../calc/types'
import { growth, percentOfPrevious, percentOfTarget } from '../calc/compare'
import { formatGrowth, formatPercent, formatVnNumber } from '../calc/vn-number'
import type { Grid, GridCell } from '../load-grid'

// Figures and comparisons as the entry grid shows them (components/indicators/entry-grid.tsx), so an
// export reads "108,1%" exactly where the screen does.

export type GridIndicator = Grid['indicators'][number]

export const ruleOf = (i: GridIndicator): IndicatorRule => ({
  kind: i.kind,
  direction: i.direction,
  decimals: i.decimals,
  reduction: i.reduction,
  min: i.minValue,
  max: i.maxValue,
})

// 19.000,00 → 19.000 and 7.799,50 → 7.799,5, as on screen; yes/no reads "Đạt" / "Chưa đạt".
export function figureText(value: number | null | undefined, indicator: GridIndicator): string {
  if (value === null || value === undefined) return ''
  if (indicator.kind === 'BOOLEAN') return value >= 1 ? 'Đạt' : 'Chưa đạt'
  const text = formatVnNumber(value, Math.max(indicator.decimals, 2))
  return text.includes(',') ? text.replace(/0+$/, '').replace(/,$/, '') : text
}

// Excel number formats: grouping and decimals follow the reader's Excel locale, which in a
// Vietnamese office shows 19.000 and 2.522,81. Whole numbers get no decimal part at all ("#,##0."
// would show a trailing separator).
export function numberFormat(indicator: GridIndicator): string {
  if (indicator.kind === 'BOOLEAN') return '"Đạt";"Đạt";"Chưa đạt"'
  const decimals = Math.min(Math.max(indicator.decimals, 0), 10)
  return decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0'
}

export type Comparisons = { percentOfTarget: Record<string, string>; percentOfPrevious: string; growth: string }

// Growth with two decimals, as the screen shows it ("+6,42%", the cluster's own report).
export function comparisons(cell: GridCell, indicator: GridIndicator, sources: string[]): Comparisons {
  const rule = ruleOf(indicator)
  return {
    percentOfTarget: Object.fromEntries(
      sources.map((s) => [
        s,
        formatPercent(percentOfTarget({ actual: cell.actual, target: cell.targets[s]?.value ?? null, previous: cell.previous, rule })),
      ]),
    ),
    percentOfPrevious: formatPercent(percentOfPrevious(cell.actual, cell.previous, rule)),
    growth: formatGrowth(growth(cell.actual, cell.previous, rule), 2),
  }
}
