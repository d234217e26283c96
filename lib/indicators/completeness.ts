import 'server-only'
import { db } from '@/lib/db/client'
import type { FigureReviewStatus, ReportPeriod } from '@/lib/db/generated/enums'

type Row = { unitId: string; name: string; filled: bigint; total: bigint; status: FigureReviewStatus | null; comment: string | null }

// How far each member of a cluster-year is: cells filled out of the year's list for the period,
// and the review status. One SQL statement whatever the number of members (it is on the grid
// page's hot path, where every query costs throughput).
export async function completeness(provinceId: string, clusterId: string, year: number, period: ReportPeriod) {
  const rows = await db.$queryRaw<Row[]>`
    SELECT u.id AS "unitId", u.name,
      (SELECT count(*) FROM "IndicatorResult" r JOIN "Indicator" i ON i.id = r."indicatorId"
        WHERE r."unitId" = u.id AND r.period = ${period}::"ReportPeriod" AND r.actual IS NOT NULL
          AND i."provinceId" = ${provinceId} AND i.year = ${year} AND ${period}::"ReportPeriod" = ANY(i.periods)) AS filled,
      (SELECT count(*) FROM "Indicator" i WHERE i."provinceId" = ${provinceId} AND i.year = ${year} AND ${period}::"ReportPeriod" = ANY(i.periods)) AS total,
      f.status::text AS status, f.comment
    FROM "ClusterMembership" m
    JOIN "Cluster" c ON c.id = m."clusterId" AND c."provinceId" = ${provinceId}
    JOIN "Unit" u ON u.id = m."unitId"
    LEFT JOIN "FigureReview" f ON f."clusterId" = m."clusterId" AND f."unitId" = m."unitId" AND f.year = m.year AND f.period = ${period}::"ReportPeriod"
    WHERE m."clusterId" = ${clusterId} AND m.year = ${year} AND m."removedAt" IS NULL
    ORDER BY m."rotationOrder" ASC NULLS LAST, u.name ASC`
  return rows.map((r) => ({ unit: { id: r.unitId, name: r.name }, filled: Number(r.filled), total: Number(r.total), status: r.status ?? 'DRAFT', comment: r.comment }))
}

export type Completeness = Awaited<ReturnType<typeof completeness>>
