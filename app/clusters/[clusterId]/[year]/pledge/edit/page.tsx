import Link from 'next/link'
import { forbidden, notFound, redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requireClusterYear } from '@/lib/clusters/cluster-year-access'
import { pledgeOfClusterYear } from '@/lib/pledges/queries'
import { draftValues } from '@/lib/pledges/draft-values'
import { loadCampaignTheme } from '@/lib/pledges/campaign-theme'
import { clusterYear } from '@/lib/admin/queries'
import { DraftForm } from '@/components/pledges/draft-form'
import { saveDraftAction } from '../actions'

type Params = { clusterId: string; year: string }

export default async function EditPledgePage({ params }: { params: Promise<Params> }) {
  const { clusterId, year: yearText } = await params
  const { year, scope, canDraftPledge } = await requireClusterYear(clusterId, yearText)
  if (!canDraftPledge) forbidden()
  const [pledge, cluster, t, f] = await Promise.all([
    pledgeOfClusterYear(clusterId, year),
    clusterYear(scope.provinceId, clusterId, year),
    getTranslations('pledges'),
    getTranslations('pledges.form'),
  ])
  if (pledge?.current.status === 'IN_FORCE') redirect(`/clusters/${clusterId}/${year}/pledge`)
  const theme = pledge ? '' : await loadCampaignTheme(scope.provinceId, year)
  if (!cluster) notFound()
  const initial = draftValues(pledge?.current ?? null, { year, theme, unitHeader: f('unitHeader'), clusterName: cluster.name })
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('title', { year })}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
        <DraftForm
          action={saveDraftAction}
          clusterId={clusterId}
          year={year}
          initial={initial}
          warning={pledge?.current.status === 'PUBLISHED' ? t('newVersionWarning') : undefined}
        />
      </div>
      <Link href={`/clusters/${clusterId}/${year}/pledge`} className="text-sm text-brand-700 underline">
        {t('link', { year })}
      </Link>
    </div>
  )
}
