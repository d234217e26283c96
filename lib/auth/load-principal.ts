import 'server-only'
import { Prisma, readRows } from '@/lib/db/client'
import type { Assignment, HandoverFact, Membership, Principal } from './permissions'

type Row = {
  id: string
  name: string
  active: boolean
  assignments: Assignment[]
  memberships: Membership[]
  handovers: HandoverFact[]
  unread: number
}

// Every signed-in page loads this, so it is one SQL statement whatever the number of rights, read
// with readRows (lib/db/client.ts explains why):
// the user's live assignments; the cluster memberships of the units those assignments name (for
// member roles' read access); and the chairs of the clusters the user is secretariat of (a
// year's chair, however chosen, closes the outgoing secretariat's window on that year's pledge).
// The same statement counts the user's unread notifications, shown in every page's header.
export async function loadSessionUser(userId: string): Promise<{ principal: Principal; unread: number } | null> {
  const [user] = await readRows<Row>(Prisma.sql`
    WITH live AS MATERIALIZED (
      SELECT role, "provinceId", "clusterId", "unitId", year FROM "RoleAssignment" WHERE "userId" = ${userId} AND "revokedAt" IS NULL
    )
    SELECT u.id, u.name, u.active,
      (SELECT coalesce(json_agg(json_build_object('role', role, 'provinceId', "provinceId", 'clusterId', "clusterId", 'unitId', "unitId", 'year', year)), '[]') FROM live) AS assignments,
      (SELECT coalesce(json_agg(json_build_object('unitId', "unitId", 'clusterId', "clusterId", 'year', year)), '[]') FROM "ClusterMembership"
        WHERE "removedAt" IS NULL AND "unitId" = ANY(ARRAY(SELECT "unitId" FROM live WHERE "unitId" IS NOT NULL))) AS memberships,
      (SELECT coalesce(json_agg(json_build_object('clusterId', "clusterId", 'toYear', year)), '[]') FROM "ChairTerm"
        WHERE role = 'CHAIR' AND "clusterId" = ANY(ARRAY(SELECT "clusterId" FROM live WHERE role = 'SECRETARIAT' AND "clusterId" IS NOT NULL))) AS handovers,
      (SELECT count(*)::int FROM "Notification" WHERE "userId" = u.id AND "readAt" IS NULL) AS unread
    FROM "User" u WHERE u.id = ${userId}`)
  if (!user || !user.active) return null
  return {
    principal: {
      userId: user.id,
      name: user.name,
      assignments: user.assignments,
      memberships: user.memberships,
      handovers: user.handovers,
    },
    unread: user.unread,
  }
}

export async function loadPrincipal(userId: string): Promise<Principal | null> {
  return (await loadSessionUser(userId))?.principal ?? null
}
