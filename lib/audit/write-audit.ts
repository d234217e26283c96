import 'server-only'
import type { Prisma } from '@/lib/db/client'
import type { Tx } from '@/lib/db/client'

export type AuditEntry = {
  actorId: string | null
  action: string // e.g. 'cluster.create', 'membership.remove', 'permission.refused'
  entity: string
  entityId?: string | null
  provinceId?: string | null
  clusterId?: string | null
  unitId?: string | null
  year?: number | null
  ip?: string | null
  data?: Prisma.InputJsonValue
}

// Written in the same transaction as the change it records: both land or neither does.
export function writeAudit(tx: Pick<Tx, 'auditLog'>, entry: AuditEntry) {
  return tx.auditLog.create({ data: entry })
}
