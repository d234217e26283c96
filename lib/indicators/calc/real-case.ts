import type { Qualifier } from './types'

// The base that makes `actual` come out as `percent` of it: plan = actual ÷ % of plan × 100, and
// previous = actual ÷ (100 + growth) × 100. The cluster reported percentages but not the plans and
// previous-year figures behind them, so the demo data needs bases that reproduce what was reported.
export function impliedBase(actual: number, percent: number): number {
  // A tool for choosing seed figures, not for user input: a zero or negative percentage has no base.
  if (!Number.isFinite(actual) || !Number.isFinite(percent) || percent <= 0) {
    throw new RangeError(`no base gives ${actual} as ${percent}%`)
  }
  return (actual / percent) * 100
}

// What Cluster No. 2 of Hà Tĩnh reported for 2021, written as the screen must show it.
export type ReportedFigures = { percentOfPlan?: string; percentOfPrevious?: string; growth?: string }

export type RealCaseBase = {
  member: string
  indicator: string
  unit: 'tấn' | 'tỷ đồng'
  // Decimals the unit is kept to: tonnes whole, tỷ đồng to 2 places (one decimal of a tỷ is 100 million).
  decimals: number
  actual: number
  qualifier: Qualifier
  plan: number | null
  previous: number
  reported: ReportedFigures
}

// Each plan and previous value is impliedBase(actual, reported %) rounded to the unit's decimals, i.e. the
// figure nearest to the exact one; every reported percentage comes out of it with room to spare before
// the rounding boundary (see tests/unit/indicators/real-case.test.ts). Not reported figures: demo data.
export const realCaseBases: readonly RealCaseBase[] = [
  {
    member: 'Lộc Hà',
    indicator: 'SL_LT',
    unit: 'tấn',
    decimals: 0,
    actual: 19000,
    qualifier: 'OVER',
    plan: 17576,
    previous: 17642,
    reported: { percentOfPlan: '108,1%', percentOfPrevious: '107,7%' },
  },
  {
    member: 'Vũ Quang',
    indicator: 'SL_LT',
    unit: 'tấn',
    decimals: 0,
    actual: 13000,
    qualifier: 'OVER',
    plan: 12241,
    previous: 12299,
    reported: { percentOfPlan: '106,2%', percentOfPrevious: '105,7%' },
  },
  {
    member: 'Hương Sơn',
    indicator: 'GTSX',
    unit: 'tỷ đồng',
    decimals: 2,
    actual: 8300,
    qualifier: 'NEARLY',
    plan: null,
    previous: 7799.29,
    reported: { growth: '+6,42%' },
  },
  {
    member: 'Kỳ Anh',
    indicator: 'GTSX',
    unit: 'tỷ đồng',
    decimals: 2,
    actual: 7000,
    qualifier: 'OVER',
    plan: null,
    previous: 6574,
    reported: { growth: '+6,48%' },
  },
  {
    member: 'Hương Sơn',
    indicator: 'GTSX_CN',
    unit: 'tỷ đồng',
    decimals: 2,
    actual: 3700,
    qualifier: 'NEARLY',
    plan: null,
    previous: 3336.34,
    reported: { growth: '+10,9%' },
  },
  {
    member: 'Cẩm Xuyên',
    indicator: 'GTSX_CN',
    unit: 'tỷ đồng',
    decimals: 2,
    actual: 2300,
    qualifier: 'OVER',
    plan: null,
    previous: 2139.53,
    reported: { growth: '+7,5%' },
  },
]

// Decimals of a reported percentage string ("+6,42%" → 2), so a test or the seed can show it as reported.
export function reportedDecimals(figure: string): number {
  return figure.split(',')[1]?.replace('%', '').length ?? 0
}
