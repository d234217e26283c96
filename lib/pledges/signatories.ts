import 'server-only'
import type { Tx } from '@/lib/db/client'
import { signatoryOf } from './signatory'

// The members who sign, in rotation order, each with their chairman's title and name.
export async function signatoriesFor(tx: Pick<Tx, 'clusterMembership'>, clusterId: string, year: number) {
  const members = await tx.clusterMembership.findMany({
    where: { clusterId, year, removedAt: null },
    orderBy: [{ rotationOrder: { sort: 'asc', nulls: 'last' } }, { unit: { name: 'asc' } }],
    select: {
      unit: {
        select: {
          id: true,
          name: true,
          kind: true,
          assignments: {
            where: { role: 'MEMBER_HEAD', revokedAt: null, user: { active: true } },
            select: { user: { select: { name: true, title: true } } },
            take: 1,
          },
        },
      },
    },
  })
  return members.map(({ unit }) => ({ unitId: unit.id, signatory: signatoryOf(unit, unit.assignments[0]?.user) }))
}
