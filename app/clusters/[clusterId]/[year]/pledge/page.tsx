import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { requireClusterYear } from '@/lib/clusters/cluster-year-access'
import { pledgeOfClusterYear } from '@/lib/pledges/queries'
import { daysLeft } from '@/lib/pledges/deadline'
import { Section, EmptyState } from '@/components/ui/section'
import { PledgePreview } from '@/components/pledges/pledge-preview'
import { ProgressBoard } from '@/components/pledges/progress-board'
import { PublishForm } from '@/components/pledges/sign-forms'
import { publishAction } from './actions'
import { formatDay, formatMoment } from '@/lib/dates/vn-date'

type Params = { clusterId: string; year: string }
const button = 'inline-block rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100'

export default async function PledgePage({ params }: { params: Promise<Params> }) {
  const { clusterId, year: yearText } = await params
  const { year, canDraftPledge, canManage, principal } = await requireClusterYear(clusterId, yearText)
  const [pledge, t] = await Promise.all([pledgeOfClusterYear(clusterId, year), getTranslations('pledges')])
  const base = `/clusters/${clusterId}/${year}/pledge`
  if (!pledge) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t('title', { year })}</h1>
        <EmptyState>{t('none', { year })}</EmptyState>
        {canDraftPledge && (
          <Link href={`${base}/edit`} className="inline-block rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
            {t('start')}
          </Link>
        )}
      </div>
    )
  }
  const v = pledge.current
  const mine = principal.assignments.filter((a) => a.role === 'MEMBER_HEAD' && a.unitId && pledge.pending.includes(a.unitId))
  const rows = v.signatoryUnitIds.map((unitId, i) => ({
    unitId,
    // The signatories were frozen with the text at publication, in the same order as the unit ids.
    unitName: v.content.signatories[i]?.unitName ?? '',
    signature: pledge.signatures.find((s) => s.unitId === unitId),
    decline: v.status === 'PUBLISHED' ? v.declines.find((d) => d.unitId === unitId) : undefined,
  }))
  const date = (d: Date) => formatDay(d)
  const left = v.deadline ? daysLeft(v.deadline, new Date()) : null

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('title', { year })}</h1>
        <p className="text-sm">
          <span className="rounded bg-slate-100 px-2 py-1" data-testid="pledge-status">
            {t(`statuses.${v.status}`)}
          </span>{' '}
          · {t('version', { number: v.number })}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        {mine.length > 0 && v.status === 'PUBLISHED' && (
          <Link href={`${base}/sign`} className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
            {t('signNow')}
          </Link>
        )}
        {canDraftPledge && v.status === 'DRAFT' && (
          <Link href={`${base}/edit`} className={button}>
            {t('edit')}
          </Link>
        )}
        {canDraftPledge && v.status === 'PUBLISHED' && (
          <Link href={`${base}/edit`} className={button}>
            {t('newVersion')}
          </Link>
        )}
        <a href={`${base}/pdf?v=${v.number}`} className={button}>
          {v.status === 'DRAFT' ? t('previewPdf') : t('pdf')}
        </a>
        {(canManage || canDraftPledge) && (
          <a href={`${base}/trail`} className={button}>
            {t('trail')}
          </a>
        )}
      </div>
      {canDraftPledge && v.status === 'DRAFT' && (
        <PublishForm
          action={publishAction}
          versionId={v.id}
          label={t('publish')}
          pending={t('publishing')}
          question={t('publishQuestion')}
        />
      )}
      {v.status !== 'DRAFT' && (
        <Section title={t('signaturesTitle')}>
          <dl className="mb-3 grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-500">{t('deadline')}</dt>
              <dd>{v.deadline ? `${date(v.deadline)} · ${left! < 0 ? t('overdue') : t('daysLeft', { days: left! })}` : t('noDeadline')}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t('code')}</dt>
              <dd className="font-mono" data-testid="pledge-code">
                {v.verificationCode}
              </dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-slate-500">{t('fingerprint')}</dt>
              <dd className="break-all font-mono text-xs">{v.fingerprint}</dd>
            </div>
          </dl>
          {v.inForceAt && <p className="mb-2 text-green-800">{t('inForceSince', { time: formatMoment(v.inForceAt) })}</p>}
          <ProgressBoard rows={rows} />
        </Section>
      )}
      <Section title={t('preview')}>
        <PledgePreview content={v.content} />
      </Section>
    </div>
  )
}
