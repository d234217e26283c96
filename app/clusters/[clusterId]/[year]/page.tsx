import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { clusterYear } from '@/lib/admin/queries'
import { requireClusterYear } from '@/lib/clusters/cluster-year-access'
import { listMeetings } from '@/lib/meetings/queries'
import { Section, EmptyState } from '@/components/ui/section'
import { MemberTable } from '@/components/clusters/member-table'
import { MeetingList } from '@/components/meetings/meeting-list'

type Params = { clusterId: string; year: string }

export default async function ClusterYearPage({ params }: { params: Promise<Params> }) {
  const { clusterId, year: yearText } = await params
  const { year, scope, canManage } = await requireClusterYear(clusterId, yearText)
  const [cluster, meetings, t, m, r] = await Promise.all([
    clusterYear(scope.provinceId, clusterId, year),
    listMeetings(clusterId, year),
    getTranslations('cluster'),
    getTranslations('meetings'),
    getTranslations('rotation'),
  ])
  const p = await getTranslations('pledges')
  const ind = await getTranslations('indicators')
  if (!cluster) notFound()
  const term = (role: string) => cluster.chairTerms.find((c) => c.role === role)?.unit
  const base = `/clusters/${clusterId}/${year}`

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('yearTitle', { cluster: cluster.name, year })}</h1>
        <span className="flex flex-wrap gap-4 text-sm">
          <Link href={`${base}/figures`} className="text-brand-700 underline">
            {ind('link', { year })}
          </Link>
          <Link href={`${base}/pledge`} className="text-brand-700 underline">
            {p('link', { year })}
          </Link>
          <Link href={`/clusters/${clusterId}/history`} className="text-brand-700 underline">
            {r('history')}
          </Link>
        </span>
      </div>
      <dl className="grid gap-3 sm:grid-cols-2">
        <div className="rounded border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-500">{t('chair')}</dt>
          <dd className="font-medium" data-testid="chair">
            {term('CHAIR')?.name ?? t('notChosen')}
          </dd>
        </div>
        <div className="rounded border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-500">{t('deputy')}</dt>
          <dd className="font-medium" data-testid="deputy">
            {term('DEPUTY')?.name ?? t('notChosen')}
          </dd>
        </div>
      </dl>
      <Section
        title={m('title')}
        actions={
          canManage && (
            <Link
              href={`${base}/meetings/new`}
              className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
            >
              {m('record')}
            </Link>
          )
        }
      >
        <MeetingList meetings={meetings} base={base} year={year} />
      </Section>
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
