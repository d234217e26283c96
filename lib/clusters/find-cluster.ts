import 'server-only'
import { db } from '@/lib/db/client'

// Only the cluster's province: enough to build a permission scope before anything else is read.
export function findClusterProvince(clusterId: string) {
  return db.cluster.findUnique({ where: { id: clusterId }, select: { id: true, provinceId: true } })
}
