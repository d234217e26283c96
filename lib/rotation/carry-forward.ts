import 'server-only'
import type { WriteContext } from '@/lib/auth/write-context'
import { writeAudit } from '@/lib/audit/write-audit'
import { ActionRefusal } from '@/lib/auth/action-refusal'

type Ctx = WriteContext

// Opens the next year of a cluster from this year's members and rotation order. A unit that no
// longer exists next year (validTo before 1 January) is replaced by its recorded successor in the
// same rotation position — the 2025 reform merged and abolished units — or left out when it has
// none. History before the change stays with the old unit. Changes after that are made one by one.
export async function carryForward({ tx, actorId, ip, provinceId }: Ctx, input: { clusterId: string; fromYear: number }) {
  const toYear = input.fromYear + 1
  const existing = await tx.clusterMembership.count({ where: { clusterId: input.clusterId, year: toYear, removedAt: null } })
  if (existing > 0) throw new ActionRefusal('yearAlreadyOpen')
  const members = await tx.clusterMembership.findMany({
    where: { clusterId: input.clusterId, year: input.fromYear, removedAt: null, cluster: { provinceId } },
    orderBy: { rotationOrder: { sort: 'asc', nulls: 'last' } },
    select: {
      unitId: true,
      rotationOrder: true,
      unit: {
        select: {
          name: true,
          validTo: true,
          successors: { select: { successorId: true, successor: { select: { name: true, validTo: true } } } },
        },
      },
    },
  })
  if (members.length === 0) throw new ActionRefusal('noMembersThisYear')

  const firstDay = new Date(Date.UTC(toYear, 0, 1))
  const alive = (validTo: Date | null) => !validTo || validTo >= firstDay
  const taken = await tx.clusterMembership.findMany({ where: { year: toYear, removedAt: null }, select: { unitId: true } })
  const busy = new Set(taken.map((t) => t.unitId))
  const carried: { unitId: string; rotationOrder: number | null }[] = []
  const report: { from: string; to: string | null }[] = []
  for (const m of members) {
    const successor = alive(m.unit.validTo) ? null : m.unit.successors.find((s) => alive(s.successor.validTo))
    const unitId = alive(m.unit.validTo) ? m.unitId : (successor?.successorId ?? null)
    if (!unitId || busy.has(unitId) || carried.some((c) => c.unitId === unitId)) {
      report.push({ from: m.unit.name, to: null })
      continue
    }
    if (successor) report.push({ from: m.unit.name, to: successor.successor.name })
    carried.push({ unitId, rotationOrder: m.rotationOrder })
  }
  await tx.clusterMembership.createMany({ data: carried.map((c) => ({ ...c, clusterId: input.clusterId, year: toYear })) })
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'cluster.carryForward',
    entity: 'Cluster',
    entityId: input.clusterId,
    provinceId,
    clusterId: input.clusterId,
    year: toYear,
    data: { fromYear: input.fromYear, carried: carried.length, changes: report },
  })
  return { toYear, carried: carried.length, changes: report }
}
