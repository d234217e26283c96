import 'server-only'
import { cache } from 'react'
import { readRows } from '@/lib/db/client'
import { Prisma } from '@/lib/db/generated/client'

// The cluster's province (and name): enough to build a permission scope before anything else is
// read. Cached for the request, since the access check and the page both need it.
// Every cluster page asks, so it is read with readRows (lib/db/client.ts).
export const findClusterProvince = cache(async (clusterId: string) => {
  const [cluster] = await readRows<{ id: string; provinceId: string; name: string }>(Prisma.sql`SELECT id, "provinceId", name FROM "Cluster" WHERE id = ${clusterId}`)
  return cluster ?? null
})
