import 'server-only'
import { cache } from 'react'
import { db } from '@/lib/db/client'

// The cluster's province (and name): enough to build a permission scope before anything else is
// read. Cached for the request, since the access check and the page both need it.
export const findClusterProvince = cache((clusterId: string) =>
  db.cluster.findUnique({ where: { id: clusterId }, select: { id: true, provinceId: true, name: true } }),
)
