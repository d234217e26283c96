import 'server-only'
import { cache } from 'react'
import { Prisma, readRows } from '@/lib/db/client'

// The cluster's province (and name): enough to build a permission scope before anything else is
// read. Cached for the request, since the access check and the page both need it.
export const findClusterProvince = cache(async (clusterId: string) => {
  const [cluster] = await readRows<{ id: string; provinceId: string; name: string }>(
    Prisma.sql`SELECT id, "provinceId", name FROM "Cluster" WHERE id = ${clusterId}`,
  )
  return cluster ?? null
})

// Only the province, for access checks on every cluster page. A cluster never moves to another
// province (nothing in the app writes Cluster.provinceId after creating it), so a known answer is
// kept for the life of the process, which saves a statement on every cluster page. Unknown ids
// are asked again each time (and not remembered, so made-up ids cannot fill the memory).
const provinceOf = new Map<string, string>()

export async function clusterProvinceId(clusterId: string): Promise<string | null> {
  const known = provinceOf.get(clusterId)
  if (known) return known
  const cluster = await findClusterProvince(clusterId)
  if (cluster) provinceOf.set(clusterId, cluster.provinceId)
  return cluster?.provinceId ?? null
}
