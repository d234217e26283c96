import 'server-only'
import { db } from '@/lib/db/client'

// Every query carries the province in its where clause: an id from another province finds nothing.

export async function listClusters(provinceId: string) {
  const [clusters, counts] = await Promise.all([
    db.cluster.findMany({ where: { provinceId }, orderBy: { name: 'asc' }, select: { id: true, name: true, description: true } }),
    db.clusterMembership.groupBy({
      by: ['clusterId', 'year'],
      where: { removedAt: null, cluster: { provinceId } },
      _count: { _all: true } as const,
      orderBy: { year: 'desc' },
    }),
  ])
  return clusters.map((c) => ({
    ...c,
    years: counts.filter((n) => n.clusterId === c.id).map((n) => ({ year: n.year, members: n._count._all })),
  }))
}

export function listUnits(provinceId: string) {
  return db.unit.findMany({
    where: { provinceId },
    orderBy: [{ kind: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, kind: true, validFrom: true, validTo: true },
  })
}

export async function clusterYear(provinceId: string, clusterId: string, year: number) {
  const cluster = await db.cluster.findFirst({
    where: { id: clusterId, provinceId },
    select: {
      id: true,
      name: true,
      description: true,
      memberships: {
        where: { year, removedAt: null },
        orderBy: [{ rotationOrder: { sort: 'asc', nulls: 'last' } }, { unit: { name: 'asc' } }],
        select: { id: true, rotationOrder: true, unit: { select: { id: true, name: true, kind: true } } },
      },
      chairTerms: { where: { year }, select: { role: true, unit: { select: { id: true, name: true } } } },
    },
  })
  return cluster
}

export async function clusterYears(provinceId: string, clusterId: string) {
  const rows = await db.clusterMembership.groupBy({
    by: ['year'],
    where: { clusterId, removedAt: null, cluster: { provinceId } },
    orderBy: { year: 'desc' },
  })
  return rows.map((r) => r.year)
}
