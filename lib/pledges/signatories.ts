import 'server-only'
import type { Tx } from '@/lib/db/client'
import type { Signatory } from './document/types'

// Official Vietnamese names of the kinds of unit, for the document (always in Vietnamese).
const kindName: Record<string, string> = {
  PROVINCE: 'Tỉnh',
  CITY: 'Thành phố',
  DISTRICT: 'Huyện',
  TOWN: 'Thị xã',
  COMMUNE: 'Xã',
  WARD: 'Phường',
  DEPARTMENT: '',
  AGENCY: '',
  OTHER: '',
}

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
  return members.map(({ unit }) => {
    const unitName = `${kindName[unit.kind] ?? ''} ${unit.name}`.trim()
    const head = unit.assignments[0]?.user
    const signatory: Signatory = {
      unitName,
      title: (head?.title ?? `Chủ tịch UBND ${unitName}`).toLocaleUpperCase('vi'),
      personName: head?.name ?? '(Họ và tên)',
    }
    return { unitId: unit.id, signatory }
  })
}
