import type { IndicatorRule } from './types'

// Comparisons are computed, never typed (docs/domain.md, the rules), and shown through formatPercent/formatGrowth, which
// do all the rounding: rounding here would round twice and drift from the reported figures.
// Every function returns null where the comparison has no meaning, and the screen shows "—".

type Figure = number | null | undefined

function known(value: Figure): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

// A base we may divide by. Zero would give Infinity; a negative base (a plan of -5 tấn, a rate cut
// planned as a rise) turns the ratio's meaning upside down, so neither is a comparison we can show.
function usableBase(value: Figure): value is number {
  return known(value) && value > 0
}

function ratio(numerator: Figure, base: Figure): number | null {
  if (!known(numerator) || !usableBase(base)) return null
  return (numerator / base) * 100
}

// The cut in percentage points, as reported ("giảm 3,15%"): last year's rate − this year's rate.
// Negative when the rate went up.
export function achievedReduction(actual: Figure, previous: Figure): number | null {
  if (!known(actual) || !known(previous)) return null
  return previous - actual
}

export function percentOfTarget(input: {
  actual: number | null
  target: number | null
  previous: number | null
  rule: IndicatorRule
}): number | null {
  const { actual, target, previous, rule } = input
  if (rule.kind === 'BOOLEAN') {
    // Yes/no indicators (district recognised as NTM-standard) are either achieved or not: 100 or 0.
    if (!known(actual) || !known(target)) return null
    return actual >= target ? 100 : 0
  }
  // "Giảm 3,15%, đạt 117% kế hoạch": the plan is a cut in points, so compare cut with cut.
  if (rule.reduction) return ratio(achievedReduction(actual, previous), target)
  // Lower is better (accidents): reversed, so doing better than the plan reads above 100.
  if (rule.direction === 'LOWER_IS_BETTER') return ratio(target, actual)
  return ratio(actual, target)
}

// "So với cùng kỳ": this year against the same period last year, reversed when lower is better.
export function percentOfPrevious(actual: number | null, previous: number | null, rule: IndicatorRule): number | null {
  // A yes/no result has no proportion to last year.
  if (rule.kind === 'BOOLEAN') return null
  // For a reduction indicator the comparison with last year IS the cut in points (achievedReduction);
  // a ratio of two rates beside it ("142,9%") would be read as a second, contradictory result.
  if (rule.reduction) return null
  if (rule.direction === 'LOWER_IS_BETTER') return ratio(previous, actual)
  return ratio(actual, previous)
}

// Growth as reported ("tăng 6,42%"): the comparison with last year minus 100.
export function growth(actual: number | null, previous: number | null, rule: IndicatorRule): number | null {
  const vsPrevious = percentOfPrevious(actual, previous, rule)
  return vsPrevious === null ? null : vsPrevious - 100
}
