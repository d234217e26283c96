import 'server-only'
import type { Scope } from '@/lib/auth/permissions'
import { clusterProvinceId } from './find-cluster'

// The permission scope of a cluster (and year), read from the database, never from the request:
// null when the cluster does not exist.
export async function clusterScope(clusterId: string, year?: number): Promise<Scope | null> {
  const provinceId = await clusterProvinceId(clusterId)
  return provinceId ? { provinceId, clusterId, year } : null
}
