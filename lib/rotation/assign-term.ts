import 'server-only'
import type { WriteContext } from '@/lib/auth/write-context'
import { writeAudit } from '@/lib/audit/write-audit'
import { ActionRefusal } from '@/lib/auth/action-refusal'
import type { AssignTermInput } from './schemas'
import { moveSecretariat } from './secretariat-rights'

type Ctx = WriteContext

// The board assigns or corrects a chair or deputy term (docs/domain.md: the board may override the rotation). The
// term row is corrected in place — the audit row keeps the old and the new unit — and when the
// chair changes, the secretariat rights of that year move with it.
export async function assignTerm({ tx, actorId, ip, provinceId }: Ctx, input: AssignTermInput) {
  const member = await tx.clusterMembership.findFirst({
    where: { clusterId: input.clusterId, unitId: input.unitId, year: input.year, removedAt: null, cluster: { provinceId } },
    select: { unit: { select: { name: true } }, cluster: { select: { name: true } } },
  })
  if (!member) throw new ActionRefusal('notAMember', 'unitId')
  const terms = await tx.chairTerm.findMany({
    where: { clusterId: input.clusterId, year: input.year },
    select: { role: true, unitId: true },
  })
  const other = terms.find((t) => t.role !== input.role)
  if (other?.unitId === input.unitId) throw new ActionRefusal('deputySameAsChair', 'unitId')
  const previous = terms.find((t) => t.role === input.role)
  if (previous?.unitId === input.unitId) throw new ActionRefusal('termUnchanged', 'unitId')

  const key = { clusterId_year_role: { clusterId: input.clusterId, year: input.year, role: input.role } }
  await tx.chairTerm.upsert({
    where: key,
    create: {
      clusterId: input.clusterId,
      year: input.year,
      role: input.role,
      unitId: input.unitId,
      reason: input.reason,
      createdById: actorId,
    },
    update: { unitId: input.unitId, reason: input.reason, createdById: actorId },
  })
  if (input.role === 'CHAIR') {
    await moveSecretariat(tx, {
      provinceId,
      clusterId: input.clusterId,
      clusterName: member.cluster.name,
      year: input.year,
      unitId: input.unitId,
      unitName: member.unit.name,
      grantedById: actorId,
    })
  }
  await writeAudit(tx, {
    actorId,
    ip,
    action: previous ? 'chairTerm.correct' : 'chairTerm.assign',
    entity: 'ChairTerm',
    provinceId,
    clusterId: input.clusterId,
    unitId: input.unitId,
    year: input.year,
    data: { role: input.role, from: previous?.unitId ?? null, to: input.unitId, reason: input.reason },
  })
}
