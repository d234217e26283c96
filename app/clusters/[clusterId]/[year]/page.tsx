import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requirePermission } from '@/lib/auth/guard'
import { clusterYear } from '@/lib/admin/queries'
import { findClusterProvince } from '@/lib/clusters/find-cluster'
import { Section, EmptyState } from '@/components/ui/section'
import { MemberTable } from '@/components/clusters/member-table'

type Params = { clusterId: string; year: string }

export default async function ClusterYearPage({ params }: { params: Promise<Params> }) {
  const { clusterId, year: yearText } = await params
  const year = Number(yearText)
  if (!Number.isInteger(year) || year < 2000 || year > 2100) notFound()
  const found = await findClusterProvince(clusterId)
  if (!found) notFound()
  await requirePermission('cluster.read', { provinceId: found.provinceId, clusterId, year })

  const [cluster, t] = await Promise.all([clusterYear(found.provinceId, clusterId, year), getTranslations('cluster')])
  if (!cluster) notFound()
  const term = (role: string) => cluster.chairTerms.find((c) => c.role === role)?.unit

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('yearTitle', { cluster: cluster.name, year })}</h1>
      <dl className="grid gap-3 sm:grid-cols-2">
        <div className="rounded border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-500">{t('chair')}</dt>
          <dd className="font-medium" data-testid="chair">{term('CHAIR')?.name ?? t('notChosen')}</dd>
        </div>
        <div className="rounded border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-500">{t('deputy')}</dt>
          <dd className="font-medium">{term('DEPUTY')?.name ?? t('notChosen')}</dd>
        </div>
      </dl>
      <Section title={t('members')}>
        {cluster.memberships.length === 0 ? (
          <EmptyState>{t('noMembers', { year })}</EmptyState>
        ) : (
          <MemberTable members={cluster.memberships} chairUnitId={term('CHAIR')?.id} deputyUnitId={term('DEPUTY')?.id} />
        )}
      </Section>
    </div>
  )
}
