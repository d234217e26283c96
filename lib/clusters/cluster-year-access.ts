import 'server-only'
import { notFound } from 'next/navigation'
import { requirePermission } from '@/lib/auth/guard'
import { can } from '@/lib/auth/permissions'
import { findClusterProvince } from './find-cluster'

// For every page under /clusters/<id>/<year>: a real cluster, a sane year, and the right to read
// it. Returns whether the user may also manage that cluster-year (show the secretariat's buttons).
export async function requireClusterYear(clusterId: string, yearText: string) {
  const year = Number(yearText)
  if (!Number.isInteger(year) || year < 2000 || year > 2100) notFound()
  const found = await findClusterProvince(clusterId)
  if (!found) notFound()
  const scope = { provinceId: found.provinceId, clusterId, year }
  const principal = await requirePermission('cluster.read', scope)
  return {
    year,
    scope,
    principal,
    canManage: can(principal, 'cluster.manage', scope),
    canDraftPledge: can(principal, 'pledge.draft', scope),
    isBoard: can(principal, 'province.administer', scope),
  }
}
