import 'server-only'
import { db } from '@/lib/db/client'
import type { ReportPeriod } from '@/lib/db/generated/enums'
import { defaultTargetSource } from './schemas'

// The entry grid of a cluster-year and period: members × indicators with targets (one column per
// source), results, last year's actual and the review status of each member. Six queries whatever
// the size of the grid (counted in tests/integration/indicator-grid.test.ts).
// `onlyUnitId` narrows the grid to one member (large clusters show one member at a time).
export async function loadGrid(provinceId: string, clusterId: string, year: number, period: ReportPeriod, onlyUnitId?: string) {
  const [indicators, members] = await Promise.all([
    db.indicator.findMany({
      where: { provinceId, year, periods: { has: period } },
      orderBy: [{ position: 'asc' }, { code: 'asc' }],
      select: { id: true, code: true, nameVi: true, nameEn: true, unit: true, kind: true, direction: true, reduction: true, decimals: true, groupName: true, minValue: true, maxValue: true },
    }),
    db.clusterMembership.findMany({
      where: { clusterId, year, removedAt: null, cluster: { provinceId }, ...(onlyUnitId ? { unitId: onlyUnitId } : {}) },
      orderBy: [{ rotationOrder: { sort: 'asc', nulls: 'last' } }, { unit: { name: 'asc' } }],
      select: { unit: { select: { id: true, name: true } } },
    }),
  ])
  const indicatorIds = indicators.map((i) => i.id)
  const unitIds = members.map((m) => m.unit.id)
  const [results, targets, previous, reviews] = await Promise.all([
    db.indicatorResult.findMany({
      where: { indicatorId: { in: indicatorIds }, unitId: { in: unitIds }, period },
      select: { indicatorId: true, unitId: true, actual: true, qualifier: true, note: true, previousActual: true, version: true },
    }),
    db.indicatorTarget.findMany({
      where: { indicatorId: { in: indicatorIds }, unitId: { in: unitIds } },
      select: { indicatorId: true, unitId: true, source: true, value: true, version: true },
    }),
    // Last year's actuals, matched by indicator code: the list is versioned per year.
    db.indicatorResult.findMany({
      where: { indicator: { provinceId, year: year - 1, code: { in: indicators.map((i) => i.code) } }, unitId: { in: unitIds }, period },
      select: { unitId: true, actual: true, indicator: { select: { code: true } } },
    }),
    db.figureReview.findMany({ where: { clusterId, year, period, unitId: { in: unitIds } }, select: { unitId: true, status: true, comment: true } }),
  ])
  // The province's plan is always a column, so a year without targets yet can be filled in.
  const sources = [...new Set([defaultTargetSource, ...targets.map((t) => t.source)])].sort((a, b) => (a === defaultTargetSource ? -1 : b === defaultTargetSource ? 1 : a.localeCompare(b, 'vi')))
  const key = (unitId: string, indicatorId: string) => `${unitId}:${indicatorId}`
  const resultOf = new Map(results.map((r) => [key(r.unitId, r.indicatorId), r]))
  const codeOf = new Map(indicators.map((i) => [i.id, i.code]))
  const lastYear = new Map(previous.map((p) => [`${p.unitId}:${p.indicator.code}`, p.actual]))
  const targetOf = new Map(targets.map((t) => [`${t.unitId}:${t.indicatorId}:${t.source}`, t]))

  const cells = members.flatMap(({ unit }) =>
    indicators.map((indicator) => {
      const r = resultOf.get(key(unit.id, indicator.id))
      const fromLastYear = lastYear.get(`${unit.id}:${codeOf.get(indicator.id)}`) ?? null
      return {
        unitId: unit.id,
        indicatorId: indicator.id,
        actual: r?.actual ?? null,
        qualifier: r?.qualifier ?? 'EXACT',
        note: r?.note ?? '',
        // Taken from last year's data when it exists, entered by hand otherwise.
        previous: fromLastYear ?? r?.previousActual ?? null,
        previousFromLastYear: fromLastYear !== null,
        version: r?.version ?? 0,
        targets: Object.fromEntries(sources.map((s) => {
          const t = targetOf.get(`${unit.id}:${indicator.id}:${s}`)
          return [s, { value: t?.value ?? null, version: t?.version ?? 0 }]
        })),
      }
    }),
  )
  return { indicators, members: members.map((m) => m.unit), sources, cells, reviews }
}

export type Grid = Awaited<ReturnType<typeof loadGrid>>
export type GridCell = Grid['cells'][number]
