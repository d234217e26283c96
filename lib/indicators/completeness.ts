import 'server-only'
import { db } from '@/lib/db/client'
import type { ReportPeriod } from '@/lib/db/generated/enums'

// How far each member of a cluster-year is: cells filled out of the year's list, and the review
// status. Four queries whatever the number of members.
export async function completeness(provinceId: string, clusterId: string, year: number, period: ReportPeriod) {
  const [indicators, members, filled, reviews] = await Promise.all([
    db.indicator.count({ where: { provinceId, year, periods: { has: period } } }),
    db.clusterMembership.findMany({ where: { clusterId, year, removedAt: null, cluster: { provinceId } }, orderBy: { rotationOrder: { sort: 'asc', nulls: 'last' } }, select: { unit: { select: { id: true, name: true } } } }),
    db.indicatorResult.groupBy({ by: ['unitId'], where: { period, actual: { not: null }, indicator: { provinceId, year, periods: { has: period } }, unit: { memberships: { some: { clusterId, year } } } }, _count: { _all: true } }),
    db.figureReview.findMany({ where: { clusterId, year, period }, select: { unitId: true, status: true, comment: true } }),
  ])
  return members.map(({ unit }) => ({
    unit,
    filled: filled.find((f) => f.unitId === unit.id)?._count._all ?? 0,
    total: indicators,
    status: reviews.find((r) => r.unitId === unit.id)?.status ?? 'DRAFT',
    comment: reviews.find((r) => r.unitId === unit.id)?.comment ?? null,
  }))
}

export type Completeness = Awaited<ReturnType<typeof completeness>>
