import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { requirePrincipal } from '@/lib/auth/guard'
import { listNotifications } from '@/lib/notifications/queries'
import { EmptyState } from '@/components/ui/section'
import { SubmitButton } from '@/components/ui/submit-button'
import { markAllReadAction } from './actions'
import { formatDay, formatMoment } from '@/lib/dates/vn-date'

export default async function NotificationsPage() {
  const principal = await requirePrincipal()
  const [rows, t, m] = await Promise.all([
    listNotifications(principal.userId),
    getTranslations('notifications'),
    getTranslations('meetings'),
  ])
  // Params are stored raw; dates and kinds are put in the reader's language here.
  const text = (kind: string, params: Record<string, unknown>) => {
    const p = { ...params } as Record<string, string | number>
    if (typeof p.date === 'string') p.date = formatDay(new Date(p.date))
    if (typeof p.kind === 'string') p.kind = m(`kinds.${p.kind}`)
    return t.has(kind) ? t(kind as 'chairAssigned', p) : kind
  }
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {rows.some((r) => !r.readAt) && (
          <form action={markAllReadAction}>
            <SubmitButton variant="plain" pending={t('markAllRead')}>
              {t('markAllRead')}
            </SubmitButton>
          </form>
        )}
      </div>
      {rows.length === 0 ? (
        <EmptyState>{t('none')}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="notifications">
          {rows.map((n) => (
            <li key={n.id} className={`p-3 ${n.readAt ? '' : 'bg-amber-50'}`}>
              {n.link ? (
                <Link href={n.link} className="text-brand-700 underline">
                  {text(n.kind, n.params as Record<string, unknown>)}
                </Link>
              ) : (
                text(n.kind, n.params as Record<string, unknown>)
              )}
              <p className="text-xs text-slate-500">{formatMoment(n.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
