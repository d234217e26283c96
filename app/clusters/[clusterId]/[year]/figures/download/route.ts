import { requireClusterYear } from '@/lib/clusters/cluster-year-access'
import { clusterYear } from '@/lib/admin/queries'
import { loadGrid } from '@/lib/indicators/load-grid'
import { buildExport, buildTemplate, gridCsv } from '@/lib/indicators/spreadsheet/write'

// The grid as a file, under the same rule as the grid page (reading the cluster-year):
// kind=template (XLSX to fill in), kind=xlsx or kind=csv (export with the comparisons).
export async function GET(request: Request, { params }: { params: Promise<{ clusterId: string; year: string }> }) {
  const { clusterId, year: yearText } = await params
  const { year, scope } = await requireClusterYear(clusterId, yearText)
  const query = new URL(request.url).searchParams
  const period = query.get('period') === 'H1' ? 'H1' : 'YEAR'
  const kind = query.get('kind')
  const [grid, cluster] = await Promise.all([
    loadGrid(scope.provinceId, clusterId, year, period),
    clusterYear(scope.provinceId, clusterId, year),
  ])
  const meta = { clusterName: cluster?.name ?? '', year, period } as const
  const base = `chi-tieu-${year}-${period === 'H1' ? '6-thang' : 'ca-nam'}`
  const headers = (type: string, name: string) => ({
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'private, no-store',
  })
  if (kind === 'csv') return new Response(gridCsv(grid, meta), { headers: headers('text/csv; charset=utf-8', `${base}.csv`) })
  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  const bytes = kind === 'template' ? await buildTemplate(grid, meta) : await buildExport(grid, meta)
  return new Response(new Uint8Array(bytes), { headers: headers(xlsx, `${base}${kind === 'template' ? '-mau' : ''}.xlsx`) })
}
