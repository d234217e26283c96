import 'server-only'
import { db } from '@/lib/db/client'
import type { GuardedDefinition } from '@/lib/auth/run-guarded'
import { write } from '@/lib/auth/write-context'
import { clusterScope } from '@/lib/clusters/cluster-scope'
import { addMembership, createCluster, createUnit, removeMembership } from './mutations'
import { addMembershipSchema, createClusterSchema, createUnitSchema, removeMembershipSchema } from './schemas'

// The board's administration, as guarded definitions: app/admin/actions.ts binds them to forms,
// tests call them through runGuarded with a real principal.

export const createClusterDefinition = {
  name: 'cluster.create',
  schema: createClusterSchema,
  action: 'province.administer',
  scope: async (input) => ({ provinceId: input.provinceId }),
  run: write(createCluster, 'admin.clusterCreated'),
} satisfies GuardedDefinition<typeof createClusterSchema>

export const createUnitDefinition = {
  name: 'unit.create',
  schema: createUnitSchema,
  action: 'province.administer',
  scope: async (input) => ({ provinceId: input.provinceId }),
  run: write(createUnit, 'admin.unitCreated'),
} satisfies GuardedDefinition<typeof createUnitSchema>

export const addMembershipDefinition = {
  name: 'membership.add',
  schema: addMembershipSchema,
  action: 'province.administer',
  scope: (input) => clusterScope(input.clusterId, input.year),
  run: write(addMembership, 'admin.memberAdded'),
} satisfies GuardedDefinition<typeof addMembershipSchema>

export const removeMembershipDefinition = {
  name: 'membership.remove',
  schema: removeMembershipSchema,
  action: 'province.administer',
  scope: async (input) => {
    const m = await db.clusterMembership.findUnique({
      where: { id: input.membershipId },
      select: { clusterId: true, year: true, cluster: { select: { provinceId: true } } },
    })
    return m && { provinceId: m.cluster.provinceId, clusterId: m.clusterId, year: m.year }
  },
  run: write(removeMembership, 'admin.memberRemoved'),
} satisfies GuardedDefinition<typeof removeMembershipSchema>
