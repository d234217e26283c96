import { notFound } from 'next/navigation'
import { loadFigures, type Figures } from '@/lib/indicators/load-grid'
import { findClusterProvince } from '@/lib/clusters/find-cluster'
import { FiguresView, largeCluster } from '@/components/indicators/figures-view'
import { saveGridAction, reviewAction } from '@/app/clusters/[clusterId]/[year]/figures/actions'

// Benchmark twin of the figures page (npm run bench only: BENCH_PAGES=1, 404 otherwise): the same
// component and HTML as the board sees it, from data read once and kept in memory, so a run of
// requests touches no database and reads no session. Comparing it with the real page shows what
// the database, the session and the access checks cost.
const cache = new Map<string, Figures>()

export default async function BenchGridPage({ searchParams }: { searchParams: Promise<{ cluster?: string; year?: string }> }) {
  if (process.env.BENCH_PAGES !== '1') notFound()
  const { cluster = '', year = '' } = await searchParams
  let data = cache.get(`${cluster}:${year}`)
  if (!data) {
    const found = await findClusterProvince(cluster)
    if (!found) notFound()
    data = await loadFigures(found.provinceId, cluster, Number(year), 'YEAR', { allUpTo: largeCluster })
    cache.set(`${cluster}:${year}`, data)
  }
  const { clusterName, grid, progress, onlyUnitId } = data
  // The board's rights: every row may be entered and reviewed.
  const mayEnter = grid.members.map((m) => m.id)
  return (
    <FiguresView
      clusterId={cluster}
      clusterName={clusterName ?? ''}
      year={Number(year)}
      period="YEAR"
      progress={progress}
      grid={grid}
      mayEnter={mayEnter}
      canManage
      onlyUnitId={onlyUnitId}
      saveAction={saveGridAction}
      reviewAction={reviewAction}
    />
  )
}
