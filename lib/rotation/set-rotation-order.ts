import 'server-only'
import type { WriteContext } from '@/lib/auth/write-context'
import { writeAudit } from '@/lib/audit/write-audit'
import { ActionRefusal } from '@/lib/auth/action-refusal'
import type { RotationOrderInput } from './schemas'

type Ctx = WriteContext

// The board sets the rotation order of a cluster-year: every member gets a distinct position.
export async function setRotationOrder({ tx, actorId, ip, provinceId }: Ctx, input: RotationOrderInput) {
  const members = await tx.clusterMembership.findMany({
    where: { clusterId: input.clusterId, year: input.year, removedAt: null, cluster: { provinceId } },
    select: { id: true, rotationOrder: true },
  })
  const ids = new Set(members.map((m) => m.id))
  if (input.order.length !== members.length || input.order.some((o) => !ids.has(o.membershipId)))
    throw new ActionRefusal('rotationIncomplete')
  // One statement for the whole order, not one per member.
  await tx.$executeRaw`
    UPDATE "ClusterMembership" m SET "rotationOrder" = o.position
    FROM unnest(${input.order.map((o) => o.membershipId)}::text[], ${input.order.map((o) => o.position)}::int[]) AS o(id, position)
    WHERE m.id = o.id`
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'rotation.set',
    entity: 'Cluster',
    entityId: input.clusterId,
    provinceId,
    clusterId: input.clusterId,
    year: input.year,
    data: { before: members.map((m) => [m.id, m.rotationOrder]), after: input.order.map((o) => [o.membershipId, o.position]) },
  })
}
