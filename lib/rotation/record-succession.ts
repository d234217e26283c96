import 'server-only'
import type { WriteContext } from '@/lib/auth/write-context'
import { writeAudit } from '@/lib/audit/write-audit'
import { ActionRefusal } from '@/lib/auth/action-refusal'
import type { SuccessionInput } from './schemas'

type Ctx = WriteContext

// Records that a unit was succeeded by another (merger or reorganisation): carrying a cluster
// into a new year then puts the successor in the old unit's place.
export async function recordSuccession({ tx, actorId, ip, provinceId }: Ctx, input: SuccessionInput) {
  const units = await tx.unit.findMany({
    where: { id: { in: [input.predecessorId, input.successorId] }, provinceId },
    select: { id: true },
  })
  if (units.length !== 2) throw new ActionRefusal('notFound', 'successorId')
  const row = await tx.unitSuccession.create({ data: { ...input, effectiveOn: new Date(input.effectiveOn) } })
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'unit.succession',
    entity: 'UnitSuccession',
    entityId: row.id,
    provinceId,
    unitId: input.predecessorId,
    data: input,
  })
}
