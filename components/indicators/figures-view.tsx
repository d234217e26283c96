import Link from 'next/link'
import { useTranslations } from 'next-intl'
import type { Completeness, Grid } from '@/lib/indicators/load-grid'
import type { GuardedFormAction } from '@/components/ui/use-guarded-form'
import { EmptyState } from '@/components/ui/section'
import { EntryGrid } from './entry-grid'
import { ReviewPanel } from './review-panel'
import { UploadPanel } from './upload-panel'

// Up to this many members the grid shows them all; a larger cluster is entered one member at a
// time (a 20 × 80 grid is 12.800 inputs), or all at once through the Excel template.
export const largeCluster = 8

export type FiguresViewProps = {
  clusterId: string
  clusterName: string
  year: number
  period: 'H1' | 'YEAR'
  progress: Completeness
  grid: Grid
  mayEnter: string[] // units whose figures the user may enter and submit
  canManage: boolean
  onlyUnitId?: string // a large cluster shows one member at a time
  saveAction: GuardedFormAction
  reviewAction: GuardedFormAction
}

// The figures page of a cluster-year, from data already loaded and rights already decided. The
// page and its benchmark twin (app/bench/grid) render this same component, so npm run bench
// compares the same HTML with and without the database.
export function FiguresView(props: FiguresViewProps) {
  const { clusterId, year, period, progress, grid, onlyUnitId } = props
  // Confirmed figures are locked: their rows become read-only until the secretariat returns them.
  const editable = props.mayEnter.filter((unitId) => progress.find((p) => p.unit.id === unitId)?.status !== 'CONFIRMED')
  const t = useTranslations('indicators')
  const base = `/clusters/${clusterId}/${year}/figures`
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('title', { year, cluster: props.clusterName })}</h1>
      <nav className="flex gap-2 text-sm" aria-label={t('gridLabel')}>
        {(['YEAR', 'H1'] as const).map((p) => (
          <Link
            key={p}
            href={`${base}?period=${p}`}
            aria-current={p === period ? 'page' : undefined}
            className="rounded border border-slate-300 px-3 py-1.5 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {t(`periods.${p}`)}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-600">{editable.length ? t('intro') : t('readOnly')}</p>
      <section aria-labelledby="review-title" className="space-y-2">
        <h2 id="review-title" className="text-lg font-semibold">
          {t('review.title')}
        </h2>
        <ReviewPanel
          rows={progress}
          action={props.reviewAction}
          clusterId={clusterId}
          year={year}
          period={period}
          submitUnitIds={props.mayEnter}
          canManage={props.canManage}
        />
      </section>
      {grid.indicators.length > 0 && (
        <section aria-labelledby="files-title" className="space-y-2">
          <h2 id="files-title" className="text-lg font-semibold">
            {t('files.title')}
          </h2>
          <div className="flex flex-wrap gap-2 text-sm">
            {(['template', 'xlsx', 'csv'] as const).map((kind) => (
              <a
                key={kind}
                href={`${base}/download?period=${period}&kind=${kind}`}
                className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100"
              >
                {t(`files.${kind}`)}
              </a>
            ))}
          </div>
          {editable.length > 0 && <UploadPanel uploadUrl={`${base}/upload?period=${period}`} maxBytes={10 * 1024 * 1024} />}
        </section>
      )}
      {onlyUnitId && (
        <nav aria-label={t('chooseMember')} className="flex flex-wrap gap-1 text-sm" data-testid="member-picker">
          {progress.map((p) => (
            <Link
              key={p.unit.id}
              href={`${base}?period=${period}&unit=${p.unit.id}`}
              aria-current={p.unit.id === onlyUnitId ? 'page' : undefined}
              className="rounded border border-slate-300 px-2 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {p.unit.name}
            </Link>
          ))}
        </nav>
      )}
      {grid.indicators.length === 0 ? (
        <EmptyState>{t('none', { year })}</EmptyState>
      ) : (
        <EntryGrid grid={grid} editableUnitIds={editable} clusterId={clusterId} year={year} period={period} action={props.saveAction} />
      )}
    </div>
  )
}
