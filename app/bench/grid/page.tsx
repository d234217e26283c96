import { notFound } from 'next/navigation'
import { loadGrid, type Grid } from '@/lib/indicators/load-grid'
import { completeness, type Completeness } from '@/lib/indicators/completeness'
import { findClusterProvince } from '@/lib/clusters/find-cluster'
import { EntryGrid } from '@/components/indicators/entry-grid'
import { ReviewPanel } from '@/components/indicators/review-panel'
import { saveGridAction, reviewAction } from '@/app/clusters/[clusterId]/[year]/figures/actions'

// Benchmark twin of the grid page (npm run bench only: BENCH_PAGES=1, 404 otherwise): the same
// components and HTML, from data read once and kept in memory, so a run of requests touches no
// database. Comparing it with the real page shows what the database and the access checks cost.
const cache = new Map<string, { grid: Grid; progress: Completeness }>()

export default async function BenchGridPage({ searchParams }: { searchParams: Promise<{ cluster?: string; year?: string }> }) {
  if (process.env.BENCH_PAGES !== '1') notFound()
  const { cluster = '', year = '' } = await searchParams
  let data = cache.get(`${cluster}:${year}`)
  if (!data) {
    const found = await findClusterProvince(cluster)
    if (!found) notFound()
    const progress = await completeness(found.provinceId, cluster, Number(year), 'YEAR')
    // As the real page does for a large cluster: the first member's rows.
    const only = progress.length > 8 ? progress[0].unit.id : undefined
    data = { grid: await loadGrid(found.provinceId, cluster, Number(year), 'YEAR', only), progress }
    cache.set(`${cluster}:${year}`, data)
  }
  const unitIds = data.grid.members.map((m) => m.id)
  return (
    <div className="space-y-4">
      <ReviewPanel rows={data.progress} action={reviewAction} clusterId={cluster} year={Number(year)} period="YEAR" submitUnitIds={unitIds} canManage />
      <EntryGrid grid={data.grid} editableUnitIds={unitIds} clusterId={cluster} year={Number(year)} period="YEAR" action={saveGridAction} />
    </div>
  )
}
