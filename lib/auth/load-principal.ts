import 'server-only'
import { db } from '@/lib/db/client'
import type { Principal } from './permissions'

// At most three queries whatever the number of rights: the user's live assignments, then the cluster
// memberships of the units those assignments name (for member roles' read access), then the
// handovers of the clusters the user is secretariat of (for drafting next year's pledge).
export async function loadPrincipal(userId: string): Promise<Principal | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      active: true,
      assignments: {
        where: { revokedAt: null },
        select: { role: true, provinceId: true, clusterId: true, unitId: true, year: true },
      },
    },
  })
  if (!user || !user.active) return null
  const unitIds = [...new Set(user.assignments.map((a) => a.unitId).filter((id): id is string => id !== null))]
  const memberships = unitIds.length
    ? await db.clusterMembership.findMany({
        where: { unitId: { in: unitIds }, removedAt: null },
        select: { unitId: true, clusterId: true, year: true },
      })
    : []
  const secretariatClusters = [...new Set(user.assignments.filter((a) => a.role === 'SECRETARIAT' && a.clusterId).map((a) => a.clusterId!))]
  // A year's chair, however chosen (handover or the board's assignment), closes the outgoing
  // secretariat's window on that year.
  const handovers = secretariatClusters.length
    ? (await db.chairTerm.findMany({ where: { clusterId: { in: secretariatClusters }, role: 'CHAIR' }, select: { clusterId: true, year: true } })).map((t) => ({ clusterId: t.clusterId, toYear: t.year }))
    : []
  return { userId: user.id, name: user.name, assignments: user.assignments, memberships, handovers }
}
