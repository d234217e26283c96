import 'server-only'
import { db } from '@/lib/db/client'
import { writeAudit } from '@/lib/audit/write-audit'

// "Viewed" belongs in the pledge's trail: a chairman opened the text they are asked to sign.
export function recordView(entry: {
  actorId: string
  ip: string
  pledgeId: string
  provinceId: string
  clusterId: string
  year: number
  unitId?: string
  version: number
}) {
  const { actorId, ip, pledgeId, provinceId, clusterId, year, unitId, version } = entry
  return writeAudit(db, {
    actorId,
    ip,
    action: 'pledge.viewed',
    entity: 'Pledge',
    entityId: pledgeId,
    provinceId,
    clusterId,
    year,
    unitId,
    data: { version },
  })
}
