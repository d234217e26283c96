import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { clusterYear } from '@/lib/admin/queries'
import { requireClusterYear } from '@/lib/clusters/cluster-year-access'
import { MeetingForm } from '@/components/meetings/meeting-form'
import { recordMeetingAction } from '@/app/clusters/[clusterId]/actions'

type Params = { clusterId: string; year: string }

export default async function NewMeetingPage({ params }: { params: Promise<Params> }) {
  const { clusterId, year: yearText } = await params
  const { year, scope, canManage } = await requireClusterYear(clusterId, yearText)
  if (!canManage) forbidden()
  const [cluster, t] = await Promise.all([clusterYear(scope.provinceId, clusterId, year), getTranslations('meetings')])
  if (!cluster) notFound()
  const members = cluster.memberships.map((m) => ({ id: m.unit.id, name: m.unit.name }))
  const chair = cluster.chairTerms.find((c) => c.role === 'CHAIR')?.unit.name ?? ''
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('recordTitle', { cluster: cluster.name, year })}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
        <MeetingForm action={recordMeetingAction} clusterId={clusterId} year={year} members={members} defaultPlace={chair} />
      </div>
      <Link href={`/clusters/${clusterId}/${year}`} className="text-sm text-brand-700 underline">
        {t('back', { year })}
      </Link>
    </div>
  )
}
