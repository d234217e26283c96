import 'server-only'
import { forbidden, notFound } from 'next/navigation'
import { requirePrincipal } from '@/lib/auth/guard'
import { can } from '@/lib/auth/permissions'
import { clusterProvinceId } from './find-cluster'

// For every page under /clusters/<id>/<year>: a real cluster, a sane year, and the right to read
// it. Returns whether the user may also manage that cluster-year (show the secretariat's buttons).
export async function requireClusterYear(clusterId: string, yearText: string) {
  const year = Number(yearText)
  if (!Number.isInteger(year) || year < 2000 || year > 2100) notFound()
  // Both at once: a visitor who is not signed in goes to sign in, whatever the address.
  const [provinceId, principal] = await Promise.all([clusterProvinceId(clusterId), requirePrincipal()])
  if (!provinceId) notFound()
  const scope = { provinceId, clusterId, year }
  if (!can(principal, 'cluster.read', scope)) forbidden()
  return {
    year,
    scope,
    principal,
    canManage: can(principal, 'cluster.manage', scope),
    canDraftPledge: can(principal, 'pledge.draft', scope),
    isBoard: can(principal, 'province.administer', scope),
  }
}
