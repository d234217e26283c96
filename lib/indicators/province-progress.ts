import 'server-only'
import { db } from '@/lib/db/client'

export type ClusterYearProgress = { filled: number; total: number; submitted: number; confirmed: number }

// The board's overview: for every cluster-year of the province, full-year cells filled out of
// members × indicators, and how many members submitted or had their figures confirmed.
// Three queries for the whole province (one SQL aggregate for the cells).
export async function provinceProgress(provinceId: string): Promise<Map<string, ClusterYearProgress>> {
  const [cells, reviews, indicators] = await Promise.all([
    db.$queryRaw<{ clusterId: string; year: number; members: bigint; filled: bigint }[]>`
      SELECT m."clusterId", m.year, count(DISTINCT m."unitId") AS members, count(r.id) FILTER (WHERE r.actual IS NOT NULL) AS filled
      FROM "ClusterMembership" m
      JOIN "Cluster" c ON c.id = m."clusterId" AND c."provinceId" = ${provinceId}
      LEFT JOIN "Indicator" i ON i."provinceId" = ${provinceId} AND i.year = m.year AND 'YEAR' = ANY(i.periods)
      LEFT JOIN "IndicatorResult" r ON r."indicatorId" = i.id AND r."unitId" = m."unitId" AND r.period = 'YEAR'
      WHERE m."removedAt" IS NULL
      GROUP BY m."clusterId", m.year`,
    db.figureReview.groupBy({ by: ['clusterId', 'year', 'status'], where: { period: 'YEAR', cluster: { provinceId } }, _count: { _all: true } }),
    db.indicator.groupBy({ by: ['year'], where: { provinceId, periods: { has: 'YEAR' } }, _count: { _all: true } }),
  ])
  const progress = new Map<string, ClusterYearProgress>()
  for (const c of cells) {
    const perMember = indicators.find((i) => i.year === c.year)?._count._all ?? 0
    const count = (status: string) => reviews.find((r) => r.clusterId === c.clusterId && r.year === c.year && r.status === status)?._count._all ?? 0
    progress.set(`${c.clusterId}:${c.year}`, { filled: Number(c.filled), total: Number(c.members) * perMember, submitted: count('SUBMITTED'), confirmed: count('CONFIRMED') })
  }
  return progress
}
