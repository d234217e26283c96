import { describe, expect, it } from 'vitest'
// The published figures of Cluster No. 2 of Hà Tĩnh, 2021, the same file the demo seed reads.
import fixture from '@/prisma/fixtures/ha-tinh-cluster-2-2021.json'
import { growth, percentOfPrevious, percentOfTarget } from '@/lib/indicators/calc/compare'
import { impliedBase, realCaseBases, reportedDecimals } from '@/lib/indicators/calc/real-case'
import type { IndicatorRule } from '@/lib/indicators/calc/types'
import { formatGrowth, formatPercent, formatVnNumber, parseVnNumber } from '@/lib/indicators/calc/vn-number'

type Reported = {
  member: string
  indicator: string
  actual: number
  qualifier: string
  pctOfPlan?: number
  pctOfPriorYear?: number
  yoyGrowthPct?: number
}
const reported2021: Reported[] = fixture.reported2021

const rule = (decimals: number): IndicatorRule => ({ kind: 'AMOUNT', direction: 'HIGHER_IS_BETTER', decimals, reduction: false })
const shown = (figure: string) => {
  const parsed = parseVnNumber(figure)
  if (!parsed.ok) throw new Error(`unreadable reported figure ${figure}`)
  return parsed.value
}

describe('the implied base', () => {
  it('is the figure of which the actual is the given percentage', () => {
    expect(impliedBase(19000, 100)).toBe(19000)
    expect(impliedBase(13000, 130)).toBeCloseTo(10000, 9)
    expect(impliedBase(19000, 108.1)).toBeCloseTo(17576.32, 2)
  })

  it('refuses a percentage that no base can give', () => {
    expect(() => impliedBase(19000, 0)).toThrow(RangeError)
    expect(() => impliedBase(19000, -5)).toThrow(RangeError)
    expect(() => impliedBase(Number.NaN, 100)).toThrow(RangeError)
  })
})

describe('the seed bases reproduce what Cluster No. 2 reported for 2021', () => {
  it.each(realCaseBases.map((base) => [`${base.member} ${base.indicator}`, base] as const))('%s', (_name, base) => {
    const { actual, plan, previous, reported } = base
    const r = rule(base.decimals)
    if (reported.percentOfPlan) {
      const decimals = reportedDecimals(reported.percentOfPlan)
      expect(formatPercent(percentOfTarget({ actual, target: plan, previous, rule: r }), decimals)).toBe(reported.percentOfPlan)
    }
    if (reported.percentOfPrevious) {
      expect(formatPercent(percentOfPrevious(actual, previous, r), reportedDecimals(reported.percentOfPrevious))).toBe(
        reported.percentOfPrevious,
      )
    }
    if (reported.growth) {
      expect(formatGrowth(growth(actual, previous, r), reportedDecimals(reported.growth))).toBe(reported.growth)
    }
  })

  it('shows Lộc Hà’s grain output as the issue asks: "19.000 tấn — 108,1% kế hoạch — 107,7% so với cùng kỳ"', () => {
    const locHa = realCaseBases.find((b) => b.member === 'Lộc Hà' && b.indicator === 'SL_LT')!
    const r = rule(0)
    const line = [
      `${formatVnNumber(locHa.actual, 0)} tấn`,
      `${formatPercent(percentOfTarget({ actual: locHa.actual, target: locHa.plan, previous: locHa.previous, rule: r }))} kế hoạch`,
      `${formatPercent(percentOfPrevious(locHa.actual, locHa.previous, r))} so với cùng kỳ`,
    ].join(' — ')
    expect(line).toBe('19.000 tấn — 108,1% kế hoạch — 107,7% so với cùng kỳ')
  })

  it('keeps every result clear of the rounding boundary, so a seed typed by hand cannot tip it', () => {
    for (const { actual, plan, previous, reported } of realCaseBases) {
      const pairs: Array<[number | null, string | undefined]> = [
        [plan === null ? null : (actual / plan) * 100, reported.percentOfPlan],
        [(actual / previous) * 100, reported.percentOfPrevious],
        [(actual / previous) * 100 - 100, reported.growth],
      ]
      for (const [computed, figure] of pairs) {
        if (computed === null || !figure) continue
        const halfStep = 0.5 * 10 ** -reportedDecimals(figure)
        expect(Math.abs(computed - shown(figure))).toBeLessThan(halfStep / 2)
      }
    }
  })

  it('uses the nearest base in the unit’s precision: whole tonnes, tỷ đồng to two decimals', () => {
    for (const { actual, plan, previous, reported, decimals } of realCaseBases) {
      const round = (x: number) => Number(x.toFixed(decimals))
      if (plan !== null) expect(plan).toBe(round(impliedBase(actual, shown(reported.percentOfPlan!))))
      const vsPrevious = reported.percentOfPrevious ? shown(reported.percentOfPrevious) : 100 + shown(reported.growth!)
      expect(previous).toBe(round(impliedBase(actual, vsPrevious)))
    }
  })

  it('covers every reported percentage in the shared fixture, with the same actual and qualifier', () => {
    const withPercentages = reported2021.filter((r) => r.pctOfPlan ?? r.pctOfPriorYear ?? r.yoyGrowthPct)
    expect(withPercentages).toHaveLength(realCaseBases.length)
    for (const r of withPercentages) {
      const base = realCaseBases.find((b) => b.member === r.member && b.indicator === r.indicator)
      expect(base, `${r.member} ${r.indicator}`).toBeDefined()
      expect(base!.actual).toBe(r.actual)
      expect(base!.qualifier).toBe(r.qualifier.toUpperCase())
      if (r.pctOfPlan) expect(shown(base!.reported.percentOfPlan!)).toBe(r.pctOfPlan)
      if (r.pctOfPriorYear) expect(shown(base!.reported.percentOfPrevious!)).toBe(r.pctOfPriorYear)
      if (r.yoyGrowthPct) expect(shown(base!.reported.growth!)).toBe(r.yoyGrowthPct)
    }
  })
})
