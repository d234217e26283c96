import 'server-only'
import { randomUUID } from 'node:crypto'
import type { RunContext } from '@/lib/auth/write-context'
import { ActionRefusal } from '@/lib/auth/action-refusal'
import { can } from '@/lib/auth/permissions'
import { parseVnNumber } from './calc/vn-number'
import { validateValue } from './calc/validate'
import { qualifiers, type SaveGridInput } from './schemas'

type Ctx = RunContext
type Row = {
  id: string
  indicatorId: string
  unitId: string
  actual: number | null
  qualifier: string
  note: string | null
  previousActual: number | null
  version: number
}
type TargetRow = { id: string; indicatorId: string; unitId: string; source: string; value: number; version: number }
export type Conflict = { unitId: string; indicatorId: string; field: string; source?: string; theirs: string; yours: string }

const cellKey = (c: { unitId: string; indicatorId: string; field: string; source?: string }) =>
  `cell:${c.unitId}:${c.indicatorId}:${c.field}${c.source ? `:${c.source}` : ''}`

// Saves the edited cells of a cluster-year's grid in one transaction and a fixed number of
// statements, whatever the size: rules, members and locks are read once, rows are locked FOR UPDATE,
// versions compared, then results, targets and audit rows are written in one statement each.
// Any bad value or any conflict saves nothing.
export async function saveGrid({ tx, principal, ip, scope }: Ctx, input: SaveGridInput) {
  const { clusterId, year, period, changes } = input
  const unitIds = [...new Set(changes.map((c) => c.unitId))]
  const indicatorIds = [...new Set(changes.map((c) => c.indicatorId))]
  const [indicators, members, locked] = await Promise.all([
    tx.indicator.findMany({
      where: { id: { in: indicatorIds }, provinceId: scope.provinceId, year },
      select: { id: true, kind: true, direction: true, decimals: true, reduction: true, minValue: true, maxValue: true },
    }),
    tx.clusterMembership.findMany({ where: { clusterId, year, removedAt: null, unitId: { in: unitIds } }, select: { unitId: true } }),
    tx.figureReview.findMany({
      where: { clusterId, year, period, status: 'CONFIRMED', unitId: { in: unitIds } },
      select: { unitId: true },
    }),
  ])
  if (indicators.length !== indicatorIds.length || members.length !== unitIds.length) throw new ActionRefusal('notFound')
  // Member staff enter their own unit's row only; the secretariat and the board every row.
  const forbidden = unitIds.filter((unitId) => !can(principal, 'unit.enterFigures', { ...scope, unitId }))
  if (forbidden.length) throw new ActionRefusal('forbiddenRows')
  if (locked.length) throw new ActionRefusal('figuresConfirmed')

  const rule = new Map(indicators.map((i) => [i.id, { ...i, min: i.minValue, max: i.maxValue }]))
  const errors: Record<string, string> = {}
  const numberOf = (c: (typeof changes)[number]) => {
    if (c.text.trim() === '' && c.field !== 'target') return null
    const parsed = parseVnNumber(c.text)
    if (!parsed.ok) return void (errors[cellKey(c)] = `number.${parsed.error}`)
    const invalid = validateValue(parsed.value, rule.get(c.indicatorId)!)
    if (invalid && !(c.field === 'target' && rule.get(c.indicatorId)!.reduction)) return void (errors[cellKey(c)] = `value.${invalid}`)
    return parsed.value
  }
  const values = changes.map((c) => {
    if (c.field === 'note') return c.text.trim()
    if (c.field === 'qualifier') return (qualifiers as readonly string[]).includes(c.text) ? c.text : void (errors[cellKey(c)] = 'invalid')
    return numberOf(c)
  })
  if (Object.keys(errors).length) throw new ActionRefusal('checkCells', undefined, { fieldErrors: errors })

  // Lock the rows the changes touch, then compare versions.
  const resultKeys = changes.filter((c) => c.field !== 'target')
  const targetKeys = changes.filter((c) => c.field === 'target')
  const current = await tx.$queryRaw<Row[]>`
    SELECT id, "indicatorId", "unitId", actual, qualifier::text, note, "previousActual", version FROM "IndicatorResult"
    WHERE period = ${period}::"ReportPeriod" AND ("indicatorId", "unitId") IN (SELECT * FROM unnest(${resultKeys.map((c) => c.indicatorId)}::text[], ${resultKeys.map((c) => c.unitId)}::text[]))
    FOR UPDATE`
  const currentTargets = await tx.$queryRaw<TargetRow[]>`
    SELECT id, "indicatorId", "unitId", source, value, version FROM "IndicatorTarget"
    WHERE ("indicatorId", "unitId", source) IN (SELECT * FROM unnest(${targetKeys.map((c) => c.indicatorId)}::text[], ${targetKeys.map((c) => c.unitId)}::text[], ${targetKeys.map((c) => c.source ?? '')}::text[]))
    FOR UPDATE`
  const rowOf = new Map(current.map((r) => [`${r.unitId}:${r.indicatorId}`, r]))
  const targetOf = new Map(currentTargets.map((t) => [`${t.unitId}:${t.indicatorId}:${t.source}`, t]))

  const conflicts: Conflict[] = []
  const rows = new Map<string, Row>()
  const targets = new Map<string, TargetRow>()
  const audit: { field: string; unitId: string; indicatorId: string; source?: string; from: unknown; to: unknown }[] = []
  changes.forEach((c, i) => {
    const value = values[i]
    if (c.field === 'target') {
      const k = `${c.unitId}:${c.indicatorId}:${c.source ?? ''}`
      const now = targetOf.get(k)
      if ((now?.version ?? 0) !== c.expectedVersion) return void conflicts.push({ ...c, theirs: String(now?.value ?? ''), yours: c.text })
      targets.set(k, {
        id: now?.id ?? randomUUID(),
        indicatorId: c.indicatorId,
        unitId: c.unitId,
        source: c.source ?? '',
        value: value as number,
        version: now?.version ?? 0,
      })
      return void audit.push({
        field: 'target',
        unitId: c.unitId,
        indicatorId: c.indicatorId,
        source: c.source,
        from: now?.value ?? null,
        to: value,
      })
    }
    const k = `${c.unitId}:${c.indicatorId}`
    const now = rowOf.get(k)
    if ((now?.version ?? 0) !== c.expectedVersion) {
      const theirs = now ? { actual: now.actual, previous: now.previousActual, qualifier: now.qualifier, note: now.note }[c.field] : ''
      return void conflicts.push({ ...c, theirs: String(theirs ?? ''), yours: c.text })
    }
    const row = rows.get(k) ?? {
      ...(now ?? {
        id: randomUUID(),
        indicatorId: c.indicatorId,
        unitId: c.unitId,
        actual: null,
        qualifier: 'EXACT',
        note: null,
        previousActual: null,
        version: 0,
      }),
    }
    const column = ({ actual: 'actual', previous: 'previousActual', qualifier: 'qualifier', note: 'note' } as const)[c.field]
    audit.push({ field: c.field, unitId: c.unitId, indicatorId: c.indicatorId, from: row[column], to: value })
    Object.assign(row, { [column]: value === '' ? null : value })
    rows.set(k, row)
  })
  if (conflicts.length) throw new ActionRefusal('gridConflict', undefined, { data: conflicts })

  const r = [...rows.values()]
  if (r.length) {
    await tx.$executeRaw`
      INSERT INTO "IndicatorResult" (id, "indicatorId", "unitId", period, actual, qualifier, note, "previousActual", version, "updatedById", "updatedAt")
      SELECT id, "indicatorId", "unitId", ${period}::"ReportPeriod", actual, qualifier::"ResultQualifier", note, "previousActual", 1, ${principal.userId}, now()
      FROM unnest(${r.map((x) => x.id)}::text[], ${r.map((x) => x.indicatorId)}::text[], ${r.map((x) => x.unitId)}::text[], ${r.map((x) => x.actual)}::float8[], ${r.map((x) => x.qualifier)}::text[], ${r.map((x) => x.note)}::text[], ${r.map((x) => x.previousActual)}::float8[])
        AS t(id, "indicatorId", "unitId", actual, qualifier, note, "previousActual")
      ON CONFLICT ("indicatorId", "unitId", period) DO UPDATE SET actual = EXCLUDED.actual, qualifier = EXCLUDED.qualifier, note = EXCLUDED.note,
        "previousActual" = EXCLUDED."previousActual", version = "IndicatorResult".version + 1, "updatedById" = EXCLUDED."updatedById", "updatedAt" = now()`
  }
  const t = [...targets.values()]
  if (t.length) {
    await tx.$executeRaw`
      INSERT INTO "IndicatorTarget" (id, "indicatorId", "unitId", source, value, version, "updatedById", "updatedAt")
      SELECT id, "indicatorId", "unitId", source, value, 1, ${principal.userId}, now()
      FROM unnest(${t.map((x) => x.id)}::text[], ${t.map((x) => x.indicatorId)}::text[], ${t.map((x) => x.unitId)}::text[], ${t.map((x) => x.source)}::text[], ${t.map((x) => x.value)}::float8[])
        AS s(id, "indicatorId", "unitId", source, value)
      ON CONFLICT ("indicatorId", "unitId", source) DO UPDATE SET value = EXCLUDED.value, version = "IndicatorTarget".version + 1, "updatedById" = EXCLUDED."updatedById", "updatedAt" = now()`
  }
  await tx.auditLog.createMany({
    data: audit.map((a) => ({
      actorId: principal.userId,
      ip,
      action: 'figure.change',
      entity: 'IndicatorCell',
      entityId: `${a.unitId}:${a.indicatorId}:${period}`,
      provinceId: scope.provinceId,
      clusterId,
      unitId: a.unitId,
      year,
      data: { field: a.field, source: a.source ?? null, from: a.from as never, to: a.to as never },
    })),
  })
  return audit.length
}
