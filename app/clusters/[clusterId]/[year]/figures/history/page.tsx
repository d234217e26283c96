import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { requireClusterYear } from '@/lib/clusters/cluster-year-access'
import { cellHistory } from '@/lib/indicators/cell-history'
import { EmptyState } from '@/components/ui/section'
import { formatMoment } from '@/lib/dates/vn-date'

type Props = {
  params: Promise<{ clusterId: string; year: string }>
  searchParams: Promise<{ unit?: string; indicator?: string; period?: string }>
}

export default async function CellHistoryPage({ params, searchParams }: Props) {
  const [{ clusterId, year: yearText }, q] = await Promise.all([params, searchParams])
  const { year } = await requireClusterYear(clusterId, yearText)
  if (!q.unit || !q.indicator) notFound()
  const period = q.period === 'H1' ? 'H1' : 'YEAR'
  const [history, t, format, locale] = await Promise.all([
    cellHistory(clusterId, year, q.unit.slice(0, 40), q.indicator.slice(0, 40), period),
    getTranslations('indicators.review'),
    getFormatter(),
    getLocale(),
  ])
  if (!history.unit || !history.indicator) notFound()
  const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : typeof v === 'number' ? format.number(v) : String(v))
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        {t('historyTitle', { unit: history.unit.name, indicator: locale === 'en' ? history.indicator.nameEn : history.indicator.nameVi })}
      </h1>
      {history.rows.length === 0 ? (
        <EmptyState>{t('historyEmpty')}</EmptyState>
      ) : (
        <ol className="divide-y divide-slate-100 rounded border border-slate-200 bg-white" data-testid="cell-history">
          {history.rows.map((r, i) => (
            <li key={i} className="flex flex-wrap justify-between gap-2 p-3 text-sm">
              <span>
                {t('historyRow', {
                  field: `${t(`fields.${r.field}`)}${r.source ? ` (${r.source})` : ''}`,
                  from: show(r.from),
                  to: show(r.to),
                })}
              </span>
              <span className="text-slate-500">
                {r.by} · {formatMoment(r.at)}
              </span>
            </li>
          ))}
        </ol>
      )}
      <Link href={`/clusters/${clusterId}/${year}/figures?period=${period}`} className="text-sm text-brand-700 underline">
        {t('title')}
      </Link>
    </div>
  )
}
