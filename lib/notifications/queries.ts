import 'server-only'
import { db } from '@/lib/db/client'
import { writeAudit } from '@/lib/audit/write-audit'

// Always the signed-in user's own rows: the user id is the scope.
export function listNotifications(userId: string) {
  return db.notification.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, take: 100 })
}

// The user's own rows only; recorded like every other change.
export function markAllRead(userId: string, ip: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } })
    if (count > 0) await writeAudit(tx, { actorId: userId, ip, action: 'notifications.read', entity: 'Notification', data: { count } })
    return count
  })
}
