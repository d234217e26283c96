// Shared vocabulary of the pure indicator core: the schema, services and UI map their rows onto these.

export type IndicatorKind = 'AMOUNT' | 'COUNT' | 'PERCENTAGE' | 'RATE' | 'BOOLEAN'

export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER'

export type Qualifier = 'EXACT' | 'OVER' | 'NEARLY' | 'ABOUT' // as reported: "trên", "gần", "khoảng"

export type IndicatorRule = {
  kind: IndicatorKind
  direction: Direction
  decimals: number
  reduction: boolean
  min?: number | null
  max?: number | null
}
// reduction = the indicator is reported as a reduction in percentage points (poor-household rate cut by
// 3,15 points): its target is the planned cut in points, and % of plan = achieved cut ÷ planned cut × 100,
// where achieved cut = previous year's rate − this year's rate.

export type ParseError = 'empty' | 'notANumber' | 'ambiguous'

export type ParseResult = { ok: true; value: number } | { ok: false; error: ParseError }

export type ValueError = 'negative' | 'percentTooLarge' | 'notBoolean' | 'tooSmall' | 'tooLarge' | 'tooManyDecimals'
