import 'server-only'
import type { Prisma } from '@/lib/db/client'
import type { Tx } from '@/lib/db/client'

// Notifications are rows: the in-app list reads them now; an e-mail channel would read the same
// rows (kind + params through the catalogue, in the reader's language) and mark them sent.
export type NotificationKind =
  'chairAssigned' | 'meetingRecorded' | 'pledgeAwaitingSignature' | 'pledgeVoided' | 'pledgeInForce' | 'pledgeDeclined' | 'figuresReturned'

export async function notifyUsers(
  tx: Pick<Tx, 'notification'>,
  userIds: string[],
  notification: { kind: NotificationKind; params: Prisma.InputJsonObject; link?: string },
) {
  const unique = [...new Set(userIds)]
  if (unique.length === 0) return
  await tx.notification.createMany({
    data: unique.map((userId) => ({ userId, kind: notification.kind, params: notification.params, link: notification.link })),
  })
}

// The people of some units: their chairmen and staff with live rights.
export async function usersOfUnits(tx: Pick<Tx, 'roleAssignment'>, unitIds: string[], roles: ('MEMBER_HEAD' | 'MEMBER_STAFF')[]) {
  const rows = await tx.roleAssignment.findMany({
    where: { unitId: { in: unitIds }, role: { in: roles }, revokedAt: null, user: { active: true } },
    select: { userId: true, unitId: true },
  })
  return rows
}
