import 'server-only'
import type { WriteContext } from '@/lib/auth/write-context'
import { db } from '@/lib/db/client'
import { writeAudit } from '@/lib/audit/write-audit'
import { ActionRefusal } from '@/lib/auth/action-refusal'
import type { CreateIndicatorInput } from './schemas'

type Ctx = WriteContext

export function listIndicators(provinceId: string, year: number) {
  return db.indicator.findMany({ where: { provinceId, year }, orderBy: [{ position: 'asc' }, { code: 'asc' }] })
}

export async function indicatorYears(provinceId: string) {
  const rows = await db.indicator.groupBy({ by: ['year'], where: { provinceId }, orderBy: { year: 'desc' } })
  return rows.map((r) => r.year)
}

export async function createIndicator({ tx, actorId, ip }: Ctx, input: CreateIndicatorInput) {
  const position = await tx.indicator.count({ where: { provinceId: input.provinceId, year: input.year } })
  const { periodH1, periodYear, ...data } = input
  const indicator = await tx.indicator.create({
    data: { ...data, position, periods: [...(periodH1 ? ['H1' as const] : []), ...(periodYear ? ['YEAR' as const] : [])] },
  })
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'indicator.create',
    entity: 'Indicator',
    entityId: indicator.id,
    provinceId: input.provinceId,
    year: input.year,
    data: { code: input.code },
  })
}

// Starts a year from last year's list (the usual case: the same indicators, adjusted afterwards).
export async function copyLastYear({ tx, actorId, ip, provinceId }: Ctx, { year }: { year: number }) {
  if ((await tx.indicator.count({ where: { provinceId, year } })) > 0) throw new ActionRefusal('listExists')
  const last = await tx.indicator.findMany({ where: { provinceId, year: year - 1 } })
  if (last.length === 0) throw new ActionRefusal('noListLastYear')
  await tx.indicator.createMany({ data: last.map(({ id: _id, createdAt: _c, ...i }) => ({ ...i, year })) })
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'indicator.copyYear',
    entity: 'Indicator',
    provinceId,
    year,
    data: { from: year - 1, count: last.length },
  })
  return last.length
}
