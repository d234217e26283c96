import 'server-only'
import { db } from '@/lib/db/client'
import { listClusters } from '@/lib/admin/queries'
import type { Principal } from '@/lib/auth/permissions'
import { awaitingSignature, signedByUnits } from '@/lib/pledges/queries'
import { provinceProgress } from '@/lib/indicators/province-progress'

// What each of the user's roles needs on the home page, in a fixed number of queries whatever
// the number of rights: every list is read with one `in` query, never a query per row.
export async function loadHome(principal: Principal) {
  const byRole = (role: string) => principal.assignments.filter((a) => a.role === role)
  const boardProvinceIds = [...new Set(byRole('BOARD').map((a) => a.provinceId))]
  const secretariat = byRole('SECRETARIAT').filter((a) => a.clusterId && a.year !== null)
  const unitRoles = principal.assignments.filter((a) => (a.role === 'MEMBER_HEAD' || a.role === 'MEMBER_STAFF') && a.unitId)
  const clusterIds = [...new Set(secretariat.map((a) => a.clusterId!))]
  const years = [...new Set(secretariat.map((a) => a.year!))]
  const provinceIds = [...new Set(principal.assignments.map((a) => a.provinceId))]

  const headUnitIds = unitRoles.filter((a) => a.role === 'MEMBER_HEAD').map((a) => a.unitId!)
  const [provinces, boardClusters, clusters, campaigns, units, toSign, signed] = await Promise.all([
    db.province.findMany({ where: { id: { in: provinceIds } }, select: { id: true, name: true } }),
    Promise.all(
      boardProvinceIds.map(async (id) => {
        const [list, progress] = await Promise.all([listClusters(id), provinceProgress(id)])
        return {
          provinceId: id,
          clusters: list.map((c) => ({ ...c, years: c.years.map((y) => ({ ...y, progress: progress.get(`${c.id}:${y.year}`) ?? null })) })),
        }
      }),
    ),
    db.cluster.findMany({
      where: { id: { in: clusterIds } },
      select: {
        id: true,
        name: true,
        provinceId: true,
        memberships: {
          where: { year: { in: years }, removedAt: null },
          select: { year: true, unit: { select: { name: true } } },
          orderBy: { rotationOrder: 'asc' },
        },
        chairTerms: { where: { year: { in: years } }, select: { year: true, role: true, unit: { select: { name: true } } } },
      },
    }),
    db.campaign.findMany({ where: { provinceId: { in: provinceIds } }, orderBy: { year: 'desc' } }),
    db.unit.findMany({
      where: { id: { in: unitRoles.map((a) => a.unitId!) } },
      select: {
        id: true,
        name: true,
        kind: true,
        memberships: {
          where: { removedAt: null },
          orderBy: { year: 'desc' },
          select: { year: true, cluster: { select: { id: true, name: true } } },
        },
      },
    }),
    awaitingSignature(headUnitIds),
    signedByUnits(headUnitIds),
  ])
  const provinceName = (id: string) => provinces.find((p) => p.id === id)?.name ?? ''
  const campaignOf = (provinceId: string, year: number) => campaigns.find((c) => c.provinceId === provinceId && c.year === year) ?? null

  return {
    board: boardClusters.map((b) => ({ province: { id: b.provinceId, name: provinceName(b.provinceId) }, clusters: b.clusters })),
    secretariat: secretariat.flatMap((a) => {
      const cluster = clusters.find((c) => c.id === a.clusterId)
      if (!cluster) return []
      const year = a.year!
      const term = (role: string) => cluster.chairTerms.find((t) => t.year === year && t.role === role)?.unit.name ?? null
      return [
        {
          cluster: { id: cluster.id, name: cluster.name },
          year,
          members: cluster.memberships.filter((m) => m.year === year).map((m) => m.unit.name),
          chair: term('CHAIR'),
          deputy: term('DEPUTY'),
          campaign: campaignOf(cluster.provinceId, year),
        },
      ]
    }),
    units: unitRoles.flatMap((a) => {
      const unit = units.find((u) => u.id === a.unitId)
      if (!unit) return []
      const latest = unit.memberships[0]
      return [
        {
          role: a.role as 'MEMBER_HEAD' | 'MEMBER_STAFF',
          unit: { id: unit.id, name: unit.name, kind: unit.kind },
          memberships: unit.memberships.map((m) => ({ year: m.year, cluster: m.cluster })),
          campaign: latest ? campaignOf(a.provinceId, latest.year) : null,
          toSign: a.role === 'MEMBER_HEAD' ? toSign.filter((p) => p.unitId === a.unitId) : [],
          signed: a.role === 'MEMBER_HEAD' ? signed.filter((p) => p.unitId === a.unitId) : [],
        },
      ]
    }),
    viewer: byRole('VIEWER').length > 0,
  }
}

export type Home = Awaited<ReturnType<typeof loadHome>>
