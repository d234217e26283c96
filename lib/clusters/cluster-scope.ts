import 'server-only'
import { db } from '@/lib/db/client'
import type { Scope } from '@/lib/auth/permissions'

// The permission scope of a cluster (and year), read from the database, never from the request:
// null when the cluster does not exist.
export async function clusterScope(clusterId: string, year?: number): Promise<Scope | null> {
  const cluster = await db.cluster.findUnique({ where: { id: clusterId }, select: { provinceId: true } })
  return cluster && { provinceId: cluster.provinceId, clusterId, year }
}
