import 'server-only'
import type { WriteContext } from '@/lib/auth/write-context'
import { writeAudit } from '@/lib/audit/write-audit'
import { ActionRefusal } from '@/lib/auth/action-refusal'
import type { AddMembershipInput, CreateClusterInput, CreateUnitInput, RemoveMembershipInput } from './schemas'

type Ctx = WriteContext

export async function createCluster({ tx, actorId, ip }: Ctx, input: CreateClusterInput) {
  const taken = await tx.cluster.findFirst({ where: { provinceId: input.provinceId, name: input.name }, select: { id: true } })
  if (taken) throw new ActionRefusal('clusterNameTaken', 'name')
  const cluster = await tx.cluster.create({
    data: { provinceId: input.provinceId, name: input.name, description: input.description || null },
  })
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'cluster.create',
    entity: 'Cluster',
    entityId: cluster.id,
    provinceId: input.provinceId,
    clusterId: cluster.id,
    data: { name: cluster.name },
  })
  return cluster
}

export async function createUnit({ tx, actorId, ip }: Ctx, input: CreateUnitInput) {
  const taken = await tx.unit.findFirst({
    where: { provinceId: input.provinceId, name: input.name, kind: input.kind },
    select: { id: true },
  })
  if (taken) throw new ActionRefusal('unitNameTaken', 'name')
  const unit = await tx.unit.create({
    data: {
      provinceId: input.provinceId,
      name: input.name,
      kind: input.kind,
      validFrom: input.validFrom ? new Date(input.validFrom) : null,
      validTo: input.validTo ? new Date(input.validTo) : null,
    },
  })
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'unit.create',
    entity: 'Unit',
    entityId: unit.id,
    provinceId: input.provinceId,
    unitId: unit.id,
    data: { name: unit.name, kind: unit.kind },
  })
  return unit
}

// A unit competes in one cluster per year. Re-adding a removed membership restores the same row
// (nothing is deleted, the audit log keeps both acts).
export async function addMembership({ tx, actorId, ip, provinceId }: Ctx, input: AddMembershipInput) {
  const unit = await tx.unit.findFirst({ where: { id: input.unitId, provinceId }, select: { id: true, name: true } })
  if (!unit) throw new ActionRefusal('notFound', 'unitId')
  const elsewhere = await tx.clusterMembership.findFirst({
    where: { unitId: input.unitId, year: input.year, removedAt: null },
    select: { clusterId: true, cluster: { select: { name: true } } },
  })
  if (elsewhere) throw new ActionRefusal(elsewhere.clusterId === input.clusterId ? 'alreadyMember' : 'memberElsewhere', 'unitId')
  const membership = await tx.clusterMembership.upsert({
    where: { clusterId_unitId_year: { clusterId: input.clusterId, unitId: input.unitId, year: input.year } },
    create: { clusterId: input.clusterId, unitId: input.unitId, year: input.year, rotationOrder: input.rotationOrder },
    update: { removedAt: null, rotationOrder: input.rotationOrder },
  })
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'membership.add',
    entity: 'ClusterMembership',
    entityId: membership.id,
    provinceId,
    clusterId: input.clusterId,
    unitId: input.unitId,
    year: input.year,
    data: { unit: unit.name, rotationOrder: input.rotationOrder },
  })
  return membership
}

export async function removeMembership({ tx, actorId, ip, provinceId }: Ctx, { membershipId }: RemoveMembershipInput) {
  // Conditional update: removing twice, or a membership of another province, changes nothing.
  const { count } = await tx.clusterMembership.updateMany({
    where: { id: membershipId, removedAt: null, cluster: { provinceId } },
    data: { removedAt: new Date() },
  })
  if (count === 0) throw new ActionRefusal('notFound')
  const m = await tx.clusterMembership.findUniqueOrThrow({
    where: { id: membershipId },
    select: { clusterId: true, unitId: true, year: true },
  })
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'membership.remove',
    entity: 'ClusterMembership',
    entityId: membershipId,
    provinceId,
    clusterId: m.clusterId,
    unitId: m.unitId,
    year: m.year,
  })
}
