import 'server-only'
import { db } from '@/lib/db/client'

export type ClusterYearProgress = { filled: number; total: number; submitted: number; confirmed: number }

// The board's overview: for every cluster-year of the province, full-year cells filled out of
// members × indicators, and how many members submitted or had their figures confirmed.
// Three queries for the whole province (one SQL aggregate for the cells).
export async function provinceProgress(provinceId: string): Promise<Map<string, ClusterYearProgress>> {
  const [cells, reviews, indicators] = await Promise.all([
    // Filled cells per unit and year first, then summed per cluster-year: every join has an index
    // on its key, so the plan stays cheap before PostgreSQL has statistics on a fresh import
    // (joining members × indicators × results took 20–36 ms there; this takes 2–3 ms).
    db.$queryRaw<{ clusterId: string; year: number; members: number; filled: number }[]>`
      WITH filled AS MATERIALIZED (
        SELECT r."unitId", i.year, count(*) AS n
        FROM "Indicator" i JOIN "IndicatorResult" r ON r."indicatorId" = i.id AND r.period = 'YEAR' AND r.actual IS NOT NULL
        WHERE i."provinceId" = ${provinceId} AND 'YEAR' = ANY(i.periods)
        GROUP BY r."unitId", i.year
      )
      SELECT m."clusterId", m.year, count(*)::int AS members, coalesce(sum(f.n), 0)::int AS filled
      FROM "ClusterMembership" m
      JOIN "Cluster" c ON c.id = m."clusterId" AND c."provinceId" = ${provinceId}
      LEFT JOIN filled f ON f."unitId" = m."unitId" AND f.year = m.year
      WHERE m."removedAt" IS NULL
      GROUP BY m."clusterId", m.year`,
    db.figureReview.groupBy({
      by: ['clusterId', 'year', 'status'],
      where: { period: 'YEAR', cluster: { provinceId } },
      _count: { _all: true },
    }),
    db.indicator.groupBy({ by: ['year'], where: { provinceId, periods: { has: 'YEAR' } }, _count: { _all: true } }),
  ])
  const progress = new Map<string, ClusterYearProgress>()
  for (const c of cells) {
    const perMember = indicators.find((i) => i.year === c.year)?._count._all ?? 0
    const count = (status: string) =>
      reviews.find((r) => r.clusterId === c.clusterId && r.year === c.year && r.status === status)?._count._all ?? 0
    progress.set(`${c.clusterId}:${c.year}`, {
      filled: c.filled,
      total: c.members * perMember,
      submitted: count('SUBMITTED'),
      confirmed: count('CONFIRMED'),
    })
  }
  return progress
}
