import Link from 'next/link'
import { headers } from 'next/headers'
import { getTranslations } from 'next-intl/server'
import { clientIp } from '@/lib/auth/client-ip'
import { can } from '@/lib/auth/permissions'
import { requireClusterYear } from '@/lib/clusters/cluster-year-access'
import { pledgeOfClusterYear } from '@/lib/pledges/queries'
import { recordView } from '@/lib/pledges/record-view'
import { Section, EmptyState } from '@/components/ui/section'
import { PledgePreview } from '@/components/pledges/pledge-preview'
import { DeclineForm, SignForm } from '@/components/pledges/sign-forms'
import { declineAction, signAction } from '../actions'
import { formatMoment } from '@/lib/dates/vn-date'

type Params = { clusterId: string; year: string }

// The chairman reads the exact frozen text and signs for their own unit.
export default async function SignPledgePage({ params }: { params: Promise<Params> }) {
  const { clusterId, year: yearText } = await params
  const { year, scope, principal } = await requireClusterYear(clusterId, yearText)
  const [pledge, t] = await Promise.all([pledgeOfClusterYear(clusterId, year), getTranslations('pledges')])
  const back = (
    <Link href={`/clusters/${clusterId}/${year}/pledge`} className="text-sm text-brand-700 underline">
      {t('link', { year })}
    </Link>
  )
  const v = pledge?.current
  const unitId = principal.assignments.find(
    (a) => a.role === 'MEMBER_HEAD' && a.unitId && can(principal, 'unit.sign', { ...scope, unitId: a.unitId }),
  )?.unitId
  if (!pledge || !v || v.status === 'DRAFT' || !unitId) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t('sign.title', { year })}</h1>
        <EmptyState>{unitId ? t('sign.notOpen') : t('sign.notYours', { year })}</EmptyState>
        {back}
      </div>
    )
  }
  const index = v.signatoryUnitIds.indexOf(unitId)
  const unitName = v.content.signatories[index]?.unitName ?? ''
  const signature = pledge.signatures.find((s) => s.unitId === unitId)
  await recordView({
    actorId: principal.userId,
    ip: clientIp(await headers()),
    pledgeId: pledge.id,
    provinceId: scope.provinceId,
    clusterId,
    year,
    unitId,
    version: v.number,
  })

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('sign.title', { year })}</h1>
        <p className="text-slate-600">{t('sign.intro')}</p>
      </div>
      <Section title={t('preview')}>
        <PledgePreview content={v.content} />
        <p className="mt-4 break-all text-xs text-slate-500">
          {t('fingerprint')}: <span className="font-mono">{v.fingerprint}</span>
        </p>
      </Section>
      <Section title={t('sign.forUnit', { unit: unitName })}>
        {signature ? (
          <p className="text-green-800" data-testid="already-signed">
            {t('sign.alreadySigned', { unit: unitName, time: formatMoment(signature.signedAt) })}
          </p>
        ) : v.status !== 'PUBLISHED' || index < 0 ? (
          <p>{t('sign.notOpen')}</p>
        ) : (
          <div className="grid gap-6 md:grid-cols-2">
            <SignForm action={signAction} versionId={v.id} unitId={unitId} fingerprint={v.fingerprint!} />
            <div>
              <h3 className="mb-2 text-sm font-semibold">{t('sign.declineTitle')}</h3>
              <DeclineForm action={declineAction} versionId={v.id} unitId={unitId} />
            </div>
          </div>
        )}
      </Section>
      {back}
    </div>
  )
}
