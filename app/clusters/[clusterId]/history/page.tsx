import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requirePrincipal } from '@/lib/auth/guard'
import { can } from '@/lib/auth/permissions'
import { listUnits } from '@/lib/admin/queries'
import { findClusterProvince } from '@/lib/clusters/find-cluster'
import { chairHistory } from '@/lib/rotation/queries'
import { Section, EmptyState } from '@/components/ui/section'
import { AssignTermForm } from '@/components/rotation/assign-term-form'
import { assignTermAction } from '../actions'
import { formatDay } from '@/lib/dates/vn-date'

// Each year's chair and deputy. A user sees the years they may read; the board also corrects terms.
export default async function ChairHistoryPage({ params }: { params: Promise<{ clusterId: string }> }) {
  const { clusterId } = await params
  const found = await findClusterProvince(clusterId)
  if (!found) notFound()
  const principal = await requirePrincipal()
  const [{ clusterName, years: history }, t] = await Promise.all([chairHistory(found.provinceId, clusterId), getTranslations('rotation')])
  const readable = history.filter((h) => can(principal, 'cluster.read', { provinceId: found.provinceId, clusterId, year: h.year }))
  if (readable.length === 0 && !can(principal, 'province.administer', { provinceId: found.provinceId })) notFound()
  const isBoard = can(principal, 'province.administer', { provinceId: found.provinceId })
  const units = isBoard ? await listUnits(found.provinceId) : []
  const date = (d: Date) => formatDay(d)

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('historyTitle', { cluster: clusterName })}</h1>
      <Section title={t('history')}>
        {readable.length === 0 ? (
          <EmptyState>{t('historyEmpty')}</EmptyState>
        ) : (
          <ol className="space-y-2" data-testid="chair-history">
            {readable.map((h, i) => (
              <li key={h.year} className="rounded border border-slate-200 p-3">
                <p className="font-medium">
                  <Link href={`/clusters/${clusterId}/${h.year}`} className="text-brand-700 underline">
                    {h.year}
                  </Link>{' '}
                  <span data-testid={`chair-${h.year}`}>{h.chair?.name ?? '—'}</span>
                  {h.deputy && (
                    <span className="text-slate-600">
                      {' '}
                      · {t('nextDeputy', { year: h.year })}: {h.deputy.name}
                    </span>
                  )}
                </p>
                {i < readable.length - 1 && readable[i + 1].chair && h.chair && (
                  <p className="text-sm text-slate-500">
                    {readable[i + 1].year} {readable[i + 1].chair!.name} → {h.year} {h.chair.name}
                  </p>
                )}
                {h.handover && (
                  <p className="text-sm text-slate-600">
                    {h.handover.meeting
                      ? t('handoverAt', { date: date(h.handover.meeting.heldOn), place: h.handover.meeting.place })
                      : date(h.handover.confirmedAt)}
                    {' · '}
                    {t('handoverBy', { name: h.handover.confirmedBy.name })}
                    {h.handover.reason && <> · {h.handover.reason}</>}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
      {isBoard && (
        <Section title={t('assignTitle')}>
          <AssignTermForm
            action={assignTermAction}
            clusterId={clusterId}
            years={history.map((h) => h.year)}
            units={units.map((u) => ({ id: u.id, name: u.name }))}
          />
        </Section>
      )}
    </div>
  )
}
