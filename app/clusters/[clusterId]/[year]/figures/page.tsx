import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { can } from '@/lib/auth/permissions'
import { requireClusterYear } from '@/lib/clusters/cluster-year-access'
import { loadGrid } from '@/lib/indicators/load-grid'
import { findClusterProvince } from '@/lib/clusters/find-cluster'
import { EmptyState } from '@/components/ui/section'
import { EntryGrid } from '@/components/indicators/entry-grid'
import { completeness } from '@/lib/indicators/completeness'
import { ReviewPanel } from '@/components/indicators/review-panel'
import { UploadPanel } from '@/components/indicators/upload-panel'
import { reviewAction, saveGridAction } from './actions'

type Props = { params: Promise<{ clusterId: string; year: string }>; searchParams: Promise<{ period?: string; unit?: string }> }

// Up to this many members the grid shows them all; a larger cluster is entered one member at a
// time (a 20 × 80 grid is 12.800 inputs), or all at once through the Excel template.
const allAtOnce = 8

export default async function FiguresPage({ params, searchParams }: Props) {
  const [{ clusterId, year: yearText }, query] = await Promise.all([params, searchParams])
  const { year, scope, principal, canManage } = await requireClusterYear(clusterId, yearText)
  const period = query.period === 'H1' ? 'H1' : 'YEAR'
  const [cluster, progress, t] = await Promise.all([
    findClusterProvince(clusterId),
    completeness(scope.provinceId, clusterId, year, period),
    getTranslations('indicators'),
  ])
  const memberIds = progress.map((p) => p.unit.id)
  const onlyUnitId = memberIds.length > allAtOnce ? (memberIds.includes(query.unit ?? '') ? query.unit : memberIds[0]) : undefined
  const grid = await loadGrid(scope.provinceId, clusterId, year, period, onlyUnitId)
  if (!cluster) notFound()
  const mayEnter = grid.members.map((m) => m.id).filter((unitId) => can(principal, 'unit.enterFigures', { ...scope, unitId }))
  // Confirmed figures are locked: their rows become read-only until the secretariat returns them.
  const editable = mayEnter.filter((unitId) => progress.find((p) => p.unit.id === unitId)?.status !== 'CONFIRMED')
  const base = `/clusters/${clusterId}/${year}/figures`
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('title', { year, cluster: cluster.name })}</h1>
      <nav className="flex gap-2 text-sm" aria-label={t('gridLabel')}>
        {(['YEAR', 'H1'] as const).map((p) => (
          <Link key={p} href={`${base}?period=${p}`} aria-current={p === period ? 'page' : undefined} className="rounded border border-slate-300 px-3 py-1.5 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">{t(`periods.${p}`)}</Link>
        ))}
      </nav>
      <p className="text-sm text-slate-600">{editable.length ? t('intro') : t('readOnly')}</p>
      <section aria-labelledby="review-title" className="space-y-2">
        <h2 id="review-title" className="text-lg font-semibold">{t('review.title')}</h2>
        <ReviewPanel rows={progress} action={reviewAction} clusterId={clusterId} year={year} period={period} submitUnitIds={mayEnter} canManage={canManage} />
      </section>
      {grid.indicators.length > 0 && (
        <section aria-labelledby="files-title" className="space-y-2">
          <h2 id="files-title" className="text-lg font-semibold">{t('files.title')}</h2>
          <div className="flex flex-wrap gap-2 text-sm">
            {(['template', 'xlsx', 'csv'] as const).map((kind) => (
              <a key={kind} href={`${base}/download?period=${period}&kind=${kind}`} className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">{t(`files.${kind}`)}</a>
            ))}
          </div>
          {editable.length > 0 && <UploadPanel uploadUrl={`${base}/upload?period=${period}`} maxBytes={10 * 1024 * 1024} />}
        </section>
      )}
      {onlyUnitId && (
        <nav aria-label={t('chooseMember')} className="flex flex-wrap gap-1 text-sm" data-testid="member-picker">
          {progress.map((p) => (
            <Link key={p.unit.id} href={`${base}?period=${period}&unit=${p.unit.id}`} aria-current={p.unit.id === onlyUnitId ? 'page' : undefined} className="rounded border border-slate-300 px-2 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">{p.unit.name}</Link>
          ))}
        </nav>
      )}
      {grid.indicators.length === 0 ? (
        <EmptyState>{t('none', { year })}</EmptyState>
      ) : (
        <EntryGrid grid={grid} editableUnitIds={editable} clusterId={clusterId} year={year} period={period} action={saveGridAction} />
      )}
    </div>
  )
}
