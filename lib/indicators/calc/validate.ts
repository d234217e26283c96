import type { IndicatorRule, ValueError } from './types'

// A percentage or rate above 1000 is a typing slip (an extra digit, a total typed in the % column), not
// a result any cluster reports; the same bound guards the XLSX upload.
const PERCENT_LIMIT = 1000
// Values pasted from Excel often carry a couple more decimals than the indicator shows; more than that
// is a formula result or noise, and storing it would make the shown and stored figures disagree.
const EXTRA_DECIMALS = 2

// Decimal places as written in the shortest form of the number, exponent included (1e-7 has 7).
function decimalPlaces(value: number): number {
  const [digits, exponent = '0'] = String(Math.abs(value)).split('e')
  const fraction = digits.split('.')[1]?.length ?? 0
  return Math.max(fraction - Number(exponent), 0)
}

// The checks run in the order a user should fix them: the kind of value first, then the bounds, then
// precision. Returns null when the value may be stored.
export function validateValue(value: number, rule: IndicatorRule): ValueError | null {
  // parseVnNumber never yields these; the guard keeps a NaN from elsewhere from passing every check.
  if (!Number.isFinite(value)) return value === -Infinity ? 'tooSmall' : 'tooLarge'

  if (rule.kind === 'BOOLEAN') return value === 0 || value === 1 ? null : 'notBoolean'

  // Production values and counts of communes, villages, gardens cannot fall below zero; a fall shows as
  // negative growth, which is computed, never typed.
  if ((rule.kind === 'AMOUNT' || rule.kind === 'COUNT') && value < 0) return 'negative'
  if ((rule.kind === 'PERCENTAGE' || rule.kind === 'RATE') && value > PERCENT_LIMIT) return 'percentTooLarge'

  if (rule.min !== null && rule.min !== undefined && value < rule.min) return 'tooSmall'
  if (rule.max !== null && rule.max !== undefined && value > rule.max) return 'tooLarge'

  // Half a village is not a result: a count is whole whatever decimals the catalogue says.
  if (rule.kind === 'COUNT' && !Number.isInteger(value)) return 'tooManyDecimals'
  if (decimalPlaces(value) > Math.max(rule.decimals, 0) + EXTRA_DECIMALS) return 'tooManyDecimals'
  return null
}
