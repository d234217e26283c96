import { describe, expect, it } from 'vitest'
import { achievedReduction, growth, percentOfPrevious, percentOfTarget } from '@/lib/indicators/calc/compare'
import type { IndicatorRule } from '@/lib/indicators/calc/types'
import { formatGrowth, formatPercent } from '@/lib/indicators/calc/vn-number'

const output: IndicatorRule = { kind: 'AMOUNT', direction: 'HIGHER_IS_BETTER', decimals: 0, reduction: false }
const accidents: IndicatorRule = { kind: 'COUNT', direction: 'LOWER_IS_BETTER', decimals: 0, reduction: false }
const poorHouseholds: IndicatorRule = { kind: 'RATE', direction: 'LOWER_IS_BETTER', decimals: 2, reduction: true }
const ntmDistrict: IndicatorRule = { kind: 'BOOLEAN', direction: 'HIGHER_IS_BETTER', decimals: 0, reduction: false }

describe('higher-is-better indicators', () => {
  it('gives % of plan as actual over plan', () => {
    expect(percentOfTarget({ actual: 110, target: 100, previous: null, rule: output })).toBeCloseTo(110, 10)
    expect(formatPercent(percentOfTarget({ actual: 90, target: 120, previous: null, rule: output }))).toBe('75,0%')
  })

  it('gives the comparison with last year and growth, negative when the figure fell', () => {
    expect(formatPercent(percentOfPrevious(105, 100, output))).toBe('105,0%')
    expect(formatGrowth(growth(105, 100, output))).toBe('+5,0%')
    expect(formatGrowth(growth(95, 100, output))).toBe('-5,0%')
  })

  it('does not round: the percentage keeps every digit until it is shown', () => {
    expect(percentOfTarget({ actual: 1, target: 3, previous: null, rule: output })).toBe((1 / 3) * 100)
  })
})

describe('lower-is-better indicators: traffic accidents', () => {
  it('reads above 100% when there were fewer accidents than the ceiling planned', () => {
    // Plan: at most 40 accidents; 32 happened. The district did better than planned.
    expect(formatPercent(percentOfTarget({ actual: 32, target: 40, previous: 45, rule: accidents }))).toBe('125,0%')
  })

  it('reads below 100% when there were more accidents than planned', () => {
    expect(formatPercent(percentOfTarget({ actual: 50, target: 40, previous: 45, rule: accidents }))).toBe('80,0%')
  })

  it('compares with last year the same way round, so fewer accidents is positive growth', () => {
    expect(formatPercent(percentOfPrevious(32, 40, accidents))).toBe('125,0%')
    expect(formatGrowth(growth(32, 40, accidents))).toBe('+25,0%')
    expect(formatGrowth(growth(50, 40, accidents))).toBe('-20,0%')
  })

  it('shows "—" for a year with no accidents at all, rather than Infinity', () => {
    expect(formatPercent(percentOfTarget({ actual: 0, target: 40, previous: 45, rule: accidents }))).toBe('—')
    expect(formatGrowth(growth(0, 45, accidents))).toBe('—')
  })
})

describe('reduction indicators: poor-household rate cut in percentage points', () => {
  // Rate 10,50% last year, 7,35% this year: "giảm 3,15%". Planned cut 2,7 points: "đạt 117% kế hoạch".
  const cut = { actual: 7.35, target: 2.7, previous: 10.5, rule: poorHouseholds }

  it('gives the achieved cut in points', () => {
    expect(achievedReduction(7.35, 10.5)).toBeCloseTo(3.15, 10)
  })

  it('gives % of plan as achieved cut over planned cut: "giảm 3,15%, đạt 117% kế hoạch"', () => {
    expect(formatPercent(percentOfTarget(cut), 0)).toBe('117%')
    expect(formatPercent(percentOfTarget(cut))).toBe('116,7%')
  })

  it('reads 100% when the cut exactly meets the plan', () => {
    expect(percentOfTarget({ ...cut, target: 3.15 })).toBeCloseTo(100, 10)
  })

  it('reads negative when the rate went up instead of down', () => {
    expect(formatPercent(percentOfTarget({ ...cut, actual: 11 }))).toBe('-18,5%')
  })

  it('needs last year’s rate: without it there is no cut and no % of plan', () => {
    expect(formatPercent(percentOfTarget({ ...cut, previous: null }))).toBe('—')
    expect(achievedReduction(7.35, null)).toBeNull()
  })

  it('shows "—" against a planned cut of zero or a planned rise', () => {
    expect(percentOfTarget({ ...cut, target: 0 })).toBeNull()
    expect(percentOfTarget({ ...cut, target: -1 })).toBeNull()
  })

  it('shows no ratio of rates against last year, since the cut itself is that comparison', () => {
    expect(percentOfPrevious(7.35, 10.5, poorHouseholds)).toBeNull()
    expect(growth(7.35, 10.5, poorHouseholds)).toBeNull()
  })
})

describe('yes/no indicators: district recognised as NTM-standard', () => {
  it('is 100% of plan when achieved and 0% when not', () => {
    expect(formatPercent(percentOfTarget({ actual: 1, target: 1, previous: 0, rule: ntmDistrict }), 0)).toBe('100%')
    expect(formatPercent(percentOfTarget({ actual: 0, target: 1, previous: 0, rule: ntmDistrict }), 0)).toBe('0%')
  })

  it('has no comparison with last year and no growth', () => {
    expect(percentOfPrevious(1, 0, ntmDistrict)).toBeNull()
    expect(formatGrowth(growth(1, 1, ntmDistrict))).toBe('—')
  })

  it('shows "—" until both the plan and the result are entered', () => {
    expect(percentOfTarget({ actual: null, target: 1, previous: null, rule: ntmDistrict })).toBeNull()
    expect(percentOfTarget({ actual: 1, target: null, previous: null, rule: ntmDistrict })).toBeNull()
  })
})

describe('missing, zero and negative bases show "—", never Infinity or NaN', () => {
  const rules = { output, accidents }
  const cases: Array<[string, number | null, number | null]> = [
    ['no plan', 100, null],
    ['a plan of zero', 100, 0],
    ['a negative plan', 100, -5],
    ['no result yet', null, 100],
  ]

  it.each(cases)('percent of plan with %s', (_label, actual, target) => {
    expect(formatPercent(percentOfTarget({ actual, target, previous: null, rule: rules.output }))).toBe('—')
  })

  it.each([
    ['no previous year', 100, null],
    ['a previous year of zero', 100, 0],
    ['a negative previous year', 100, -1],
    ['no result yet', null, 100],
  ] as Array<[string, number | null, number | null]>)('comparison with last year with %s', (_label, actual, previous) => {
    expect(percentOfPrevious(actual, previous, output)).toBeNull()
    expect(formatGrowth(growth(actual, previous, output))).toBe('—')
  })

  it('treats a non-finite figure that slipped through as missing', () => {
    expect(percentOfTarget({ actual: Number.NaN, target: 100, previous: null, rule: output })).toBeNull()
    expect(percentOfPrevious(100, Infinity, output)).toBeNull()
  })

  it('gives 0% rather than "—" when the result is zero against a real plan', () => {
    expect(formatPercent(percentOfTarget({ actual: 0, target: 100, previous: null, rule: output }))).toBe('0,0%')
  })

  it('never returns a value that is not a finite number or null, for any mix of inputs', () => {
    const figures = [null, 0, -0, -3, 0.001, 7, 1e9, Number.NaN, Infinity]
    for (const rule of [output, accidents, poorHouseholds, ntmDistrict]) {
      for (const actual of figures) {
        for (const base of figures) {
          for (const result of [
            percentOfTarget({ actual, target: base, previous: base, rule }),
            percentOfPrevious(actual, base, rule),
            growth(actual, base, rule),
          ]) {
            if (result !== null) expect(Number.isFinite(result)).toBe(true)
          }
        }
      }
    }
  })
})
