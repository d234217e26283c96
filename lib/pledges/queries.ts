import 'server-only'
import { db } from '@/lib/db/client'
import type { PledgeContent } from './document/types'

// The pledge of a cluster-year with its latest version, the signatures and declines on it, and
// which units have not signed yet. Scoped by cluster and year in the where clause.
export async function pledgeOfClusterYear(clusterId: string, year: number) {
  const pledge = await db.pledge.findUnique({
    where: { clusterId_year: { clusterId, year } },
    select: {
      id: true,
      versions: {
        orderBy: { number: 'desc' },
        select: {
          id: true,
          number: true,
          status: true,
          content: true,
          deadline: true,
          fingerprint: true,
          verificationCode: true,
          signatoryUnitIds: true,
          publishedAt: true,
          inForceAt: true,
          supersededAt: true,
          signatures: {
            orderBy: { signedAt: 'asc' },
            select: { unitId: true, unitName: true, signerName: true, signerTitle: true, signedAt: true, ip: true, voidedAt: true },
          },
          declines: {
            orderBy: { createdAt: 'desc' },
            select: { unitId: true, reason: true, createdAt: true, user: { select: { name: true } } },
          },
        },
      },
    },
  })
  if (!pledge) return null
  const versions = pledge.versions.map((v) => ({ ...v, content: v.content as unknown as PledgeContent }))
  const current = versions[0]
  const live = current.signatures.filter((s) => !s.voidedAt)
  const pending = current.signatoryUnitIds.filter((id) => !live.some((s) => s.unitId === id))
  return { id: pledge.id, current, versions, signatures: live, pending }
}

// What awaits a chairman's signature: published versions whose signatories include their units
// and that their unit has not signed. One query.
export async function awaitingSignature(unitIds: string[]) {
  if (unitIds.length === 0) return []
  const versions = await db.pledgeVersion.findMany({
    where: { status: 'PUBLISHED', signatoryUnitIds: { hasSome: unitIds } },
    select: {
      id: true,
      deadline: true,
      signatoryUnitIds: true,
      content: true,
      pledge: { select: { clusterId: true, year: true, cluster: { select: { name: true } } } },
      signatures: { where: { voidedAt: null, unitId: { in: unitIds } }, select: { unitId: true } },
    },
  })
  return versions.flatMap((v) =>
    unitIds
      .filter((u) => v.signatoryUnitIds.includes(u) && !v.signatures.some((s) => s.unitId === u))
      .map((unitId) => ({
        unitId,
        versionId: v.id,
        clusterId: v.pledge.clusterId,
        clusterName: v.pledge.cluster.name,
        year: v.pledge.year,
        deadline: v.deadline,
        title: (v.content as unknown as PledgeContent).title,
      })),
  )
}

// The pledges a chairman's units have signed (live signatures), latest first: their home shows
// what they signed and whether it is in force. One query.
export async function signedByUnits(unitIds: string[], take = 5) {
  if (unitIds.length === 0) return []
  const rows = await db.pledgeSignature.findMany({
    where: { unitId: { in: unitIds }, voidedAt: null },
    orderBy: { signedAt: 'desc' },
    take,
    select: {
      unitId: true,
      signedAt: true,
      version: { select: { status: true, pledge: { select: { clusterId: true, year: true, cluster: { select: { name: true } } } } } },
    },
  })
  return rows.map((r) => ({
    unitId: r.unitId,
    signedAt: r.signedAt,
    status: r.version.status,
    clusterId: r.version.pledge.clusterId,
    clusterName: r.version.pledge.cluster.name,
    year: r.version.pledge.year,
  }))
}

// The pledge's audit trail (created, published, viewed, signed, declined, voided, in force).
export function pledgeTrail(pledgeId: string) {
  return db.auditLog.findMany({
    where: { entity: 'Pledge', entityId: pledgeId },
    orderBy: { at: 'asc' },
    select: { at: true, action: true, ip: true, data: true, unitId: true, actor: { select: { name: true, email: true } } },
  })
}
