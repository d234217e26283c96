import 'server-only'
import { db } from '@/lib/db/client'

// Every change of one cell (all its fields), newest first, from the audit log — who, when, old and
// new value. Scoped by cluster and year as well as the cell key.
export async function cellHistory(clusterId: string, year: number, unitId: string, indicatorId: string, period: 'H1' | 'YEAR') {
  const [rows, unit, indicator] = await Promise.all([
    db.auditLog.findMany({
      where: { entity: 'IndicatorCell', entityId: `${unitId}:${indicatorId}:${period}`, clusterId, year },
      orderBy: { at: 'desc' },
      take: 500,
      select: { at: true, data: true, actor: { select: { name: true } } },
    }),
    db.unit.findUnique({ where: { id: unitId }, select: { name: true } }),
    db.indicator.findUnique({ where: { id: indicatorId }, select: { nameVi: true, nameEn: true, unit: true } }),
  ])
  return {
    unit,
    indicator,
    rows: rows.map((r) => ({
      at: r.at,
      by: r.actor?.name ?? '',
      ...(r.data as { field: string; source: string | null; from: unknown; to: unknown }),
    })),
  }
}
