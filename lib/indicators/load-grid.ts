import 'server-only'
import { Prisma, readRows } from '@/lib/db/client'
import type { FigureReviewStatus, IndicatorDirection, IndicatorKind, ReportPeriod, ResultQualifier } from '@/lib/db/enums'
import { defaultTargetSource } from './schemas'

type GridIndicator = {
  id: string
  code: string
  nameVi: string
  nameEn: string
  unit: string
  kind: IndicatorKind
  direction: IndicatorDirection
  reduction: boolean
  decimals: number
  groupName: string
  minValue: number | null
  maxValue: number | null
}
type Loaded = {
  clusterName: string | null
  progress: { unitId: string; name: string; filled: number; status: FigureReviewStatus | null; comment: string | null }[]
  total: number
  indicators: GridIndicator[]
  members: { id: string; name: string }[]
  results: {
    indicatorId: string
    unitId: string
    actual: number | null
    qualifier: ResultQualifier
    note: string | null
    previousActual: number | null
    version: number
  }[]
  targets: { indicatorId: string; unitId: string; source: string; value: number; version: number }[]
  previous: { unitId: string; code: string; actual: number | null }[]
  reviews: { unitId: string; status: FigureReviewStatus; comment: string | null }[]
}

// Which members' rows to load: every member of a cluster of up to `allUpTo` members; in a larger
// one, `unitId` if it is a member, the first member otherwise.
export type GridView = { allUpTo: number; unitId?: string }
const everyone = 2_147_483_647

// The figures of a cluster-year and period in ONE SQL statement whatever the size (counted in
// tests/integration/indicator-grid.test.ts), read with readRows (lib/db/client.ts says why):
//  - the cluster's name;
//  - progress: every member's cells filled out of the year's list, and its review status;
//  - the grid of the members in view: indicators × members with targets (one column per source),
//    results, last year's actual (matched by indicator code: the list is versioned per year).
// Rows are found through an index whatever the statistics: by member with `= ANY(ARRAY(…))`, then
// matched to the year's list (before PostgreSQL has statistics on a freshly imported year, a plain
// join chose a 30 ms nested loop over the Indicator table).
export async function loadFigures(provinceId: string, clusterId: string, year: number, period: ReportPeriod, view: GridView) {
  const [loaded] = await readRows<Loaded>(Prisma.sql`
    WITH mem AS MATERIALIZED (
      SELECT u.id, u.name, row_number() OVER (ORDER BY m."rotationOrder" NULLS LAST, u.name) AS pos FROM "ClusterMembership" m
      JOIN "Cluster" c ON c.id = m."clusterId" AND c."provinceId" = ${provinceId}
      JOIN "Unit" u ON u.id = m."unitId"
      WHERE m."clusterId" = ${clusterId} AND m.year = ${year} AND m."removedAt" IS NULL
    ), sel AS MATERIALIZED (
      SELECT id, name, pos FROM mem
      WHERE (SELECT count(*) FROM mem) <= ${view.allUpTo}::int
        OR id = coalesce((SELECT id FROM mem WHERE id = ${view.unitId ?? ''}), (SELECT id FROM mem WHERE pos = 1))
    ), ind AS MATERIALIZED (
      SELECT id, code, "nameVi", "nameEn", unit, kind, direction, reduction, decimals, "groupName", "minValue", "maxValue", position
      FROM "Indicator" WHERE "provinceId" = ${provinceId} AND year = ${year} AND ${period}::"ReportPeriod" = ANY(periods)
    ), filled AS MATERIALIZED (
      SELECT r."unitId", count(*)::int AS n FROM "IndicatorResult" r JOIN ind ON ind.id = r."indicatorId"
      WHERE r."unitId" = ANY(ARRAY(SELECT id FROM mem)) AND r.period = ${period}::"ReportPeriod" AND r.actual IS NOT NULL
      GROUP BY r."unitId"
    ), review AS MATERIALIZED (
      SELECT "unitId", status, comment FROM "FigureReview"
      WHERE "clusterId" = ${clusterId} AND year = ${year} AND period = ${period}::"ReportPeriod" AND "unitId" = ANY(ARRAY(SELECT id FROM mem))
    )
    SELECT
      (SELECT name FROM "Cluster" WHERE id = ${clusterId} AND "provinceId" = ${provinceId}) AS "clusterName",
      (SELECT coalesce(json_agg(json_build_object('unitId', mem.id, 'name', mem.name, 'filled', coalesce(filled.n, 0), 'status', review.status,
          'comment', review.comment) ORDER BY mem.pos), '[]')
        FROM mem LEFT JOIN filled ON filled."unitId" = mem.id LEFT JOIN review ON review."unitId" = mem.id) AS progress,
      (SELECT count(*)::int FROM ind) AS total,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'code', code, 'nameVi', "nameVi", 'nameEn', "nameEn", 'unit', unit,
          'kind', kind, 'direction', direction, 'reduction', reduction, 'decimals', decimals, 'groupName', "groupName",
          'minValue', "minValue", 'maxValue', "maxValue") ORDER BY position, code), '[]') FROM ind) AS indicators,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name) ORDER BY pos), '[]') FROM sel) AS members,
      (SELECT coalesce(json_agg(json_build_object('indicatorId', "indicatorId", 'unitId', "unitId", 'actual', actual, 'qualifier', qualifier,
          'note', note, 'previousActual', "previousActual", 'version', version)), '[]') FROM "IndicatorResult"
        WHERE "indicatorId" = ANY(ARRAY(SELECT id FROM ind)) AND "unitId" = ANY(ARRAY(SELECT id FROM sel)) AND period = ${period}::"ReportPeriod") AS results,
      (SELECT coalesce(json_agg(json_build_object('indicatorId', "indicatorId", 'unitId', "unitId", 'source', source, 'value', value, 'version', version)), '[]')
        FROM "IndicatorTarget" WHERE "indicatorId" = ANY(ARRAY(SELECT id FROM ind)) AND "unitId" = ANY(ARRAY(SELECT id FROM sel))) AS targets,
      (SELECT coalesce(json_agg(json_build_object('unitId', r."unitId", 'code', i.code, 'actual', r.actual)), '[]')
        FROM "Indicator" i JOIN "IndicatorResult" r ON r."indicatorId" = i.id AND r.period = ${period}::"ReportPeriod" AND r."unitId" = ANY(ARRAY(SELECT id FROM sel))
        WHERE i."provinceId" = ${provinceId} AND i.year = ${year - 1} AND i.code = ANY(ARRAY(SELECT code FROM ind))) AS previous,
      (SELECT coalesce(json_agg(json_build_object('unitId', "unitId", 'status', status, 'comment', comment)), '[]')
        FROM review WHERE "unitId" = ANY(ARRAY(SELECT id FROM sel))) AS reviews`)
  const { clusterName, progress, total, indicators, members, results, targets, previous, reviews } = loaded
  // The province's plan is always a column, so a year without targets yet can be filled in.
  const sources = [...new Set([defaultTargetSource, ...targets.map((t) => t.source)])].sort((a, b) =>
    a === defaultTargetSource ? -1 : b === defaultTargetSource ? 1 : a.localeCompare(b, 'vi'),
  )
  const key = (unitId: string, indicatorId: string) => `${unitId}:${indicatorId}`
  const resultOf = new Map(results.map((r) => [key(r.unitId, r.indicatorId), r]))
  const lastYear = new Map(previous.map((p) => [`${p.unitId}:${p.code}`, p.actual]))
  const targetOf = new Map(targets.map((t) => [`${t.unitId}:${t.indicatorId}:${t.source}`, t]))

  const cells = members.flatMap((unit) =>
    indicators.map((indicator) => {
      const r = resultOf.get(key(unit.id, indicator.id))
      const fromLastYear = lastYear.get(`${unit.id}:${indicator.code}`) ?? null
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
        targets: Object.fromEntries(
          sources.map((s) => {
            const t = targetOf.get(`${unit.id}:${indicator.id}:${s}`)
            return [s, { value: t?.value ?? null, version: t?.version ?? 0 }]
          }),
        ),
      }
    }),
  )
  return {
    clusterName, // null: no such cluster in this province
    progress: progress.map((p) => ({
      unit: { id: p.unitId, name: p.name },
      filled: p.filled,
      total,
      status: p.status ?? 'DRAFT',
      comment: p.comment,
    })),
    grid: { indicators, members, sources, cells, reviews },
    // Set when only some members are in view: the page then offers the others to choose from.
    onlyUnitId: progress.length > view.allUpTo && members.length ? members[0].id : undefined,
  }
}

// The whole grid (downloads, uploads), or one member's rows: none when that unit is not a member
// (unlike the page's view, which then shows the first member).
export async function loadGrid(provinceId: string, clusterId: string, year: number, period: ReportPeriod, onlyUnitId?: string) {
  const { grid } = await loadFigures(
    provinceId,
    clusterId,
    year,
    period,
    onlyUnitId ? { allUpTo: 0, unitId: onlyUnitId } : { allUpTo: everyone },
  )
  if (onlyUnitId && grid.members[0]?.id !== onlyUnitId) return { ...grid, members: [], cells: [], reviews: [] }
  return grid
}

export type Figures = Awaited<ReturnType<typeof loadFigures>>
export type Completeness = Figures['progress']
export type Grid = Figures['grid']
export type GridCell = Grid['cells'][number]
