import 'server-only'
import type { Tx } from '@/lib/db/client'
import { notifyUsers, usersOfUnits } from '@/lib/notifications/notify'

type Term = {
  provinceId: string
  clusterId: string
  clusterName: string
  year: number
  unitId: string
  unitName: string
  grantedById: string
}

// The chair unit's staff are the secretariat for that year, and only that year (rights follow the
// year). Moving the chair revokes the previous chair unit's secretariat rights for the year —
// revoked, not deleted — and tells the new secretariat of its role.
export async function moveSecretariat(tx: Tx, term: Term) {
  await tx.roleAssignment.updateMany({
    where: { role: 'SECRETARIAT', clusterId: term.clusterId, year: term.year, revokedAt: null, NOT: { unitId: term.unitId } },
    data: { revokedAt: new Date() },
  })
  const staff = await usersOfUnits(tx, [term.unitId], ['MEMBER_STAFF'])
  const already = await tx.roleAssignment.findMany({
    where: { role: 'SECRETARIAT', clusterId: term.clusterId, year: term.year, unitId: term.unitId, revokedAt: null },
    select: { userId: true },
  })
  const newcomers = staff.map((s) => s.userId).filter((id) => !already.some((a) => a.userId === id))
  await tx.roleAssignment.createMany({
    data: newcomers.map((userId) => ({
      userId,
      role: 'SECRETARIAT' as const,
      provinceId: term.provinceId,
      clusterId: term.clusterId,
      unitId: term.unitId,
      year: term.year,
      grantedById: term.grantedById,
    })),
  })
  const everyone = await usersOfUnits(tx, [term.unitId], ['MEMBER_HEAD', 'MEMBER_STAFF'])
  await notifyUsers(
    tx,
    everyone.map((u) => u.userId),
    {
      kind: 'chairAssigned',
      params: { unit: term.unitName, cluster: term.clusterName, year: term.year },
      link: `/clusters/${term.clusterId}/${term.year}`,
    },
  )
  return newcomers.length
}
