import { headers } from 'next/headers'
import { getTranslations } from 'next-intl/server'
import { clientIp } from '@/lib/auth/client-ip'
import { runGuarded } from '@/lib/auth/run-guarded'
import { requireClusterYear } from '@/lib/clusters/cluster-year-access'
import { clusterYear } from '@/lib/admin/queries'
import { loadGrid } from '@/lib/indicators/load-grid'
import { saveGridDefinition } from '@/lib/indicators/definitions'
import { readUpload } from '@/lib/indicators/spreadsheet/read'

const maxUploadBytes = 10 * 1024 * 1024

// Upload of a filled template: ?apply=0 reads it and answers the preview (what would change, and
// every problem by sheet, row and column); ?apply=1 applies it all or nothing through the same
// guarded save as the grid (rights per row, version checks, one transaction, audit rows).
export async function POST(request: Request, { params }: { params: Promise<{ clusterId: string; year: string }> }) {
  const { clusterId, year: yearText } = await params
  const { year, scope, principal } = await requireClusterYear(clusterId, yearText)
  const t = await getTranslations()
  const query = new URL(request.url).searchParams
  const period = query.get('period') === 'H1' ? 'H1' : 'YEAR'
  // The size is refused before the body is read into memory.
  if (Number(request.headers.get('content-length') ?? 0) > maxUploadBytes + 64 * 1024)
    return Response.json({ ok: false, message: t('indicators.upload.tooLarge') }, { status: 413 })
  // The file is the raw request body (not multipart: Next would take a multipart POST for a
  // no-JavaScript server action and buffer it against the actions' limit).
  const bytes = new Uint8Array(await request.arrayBuffer())
  if (bytes.byteLength === 0) return Response.json({ ok: false, message: t('indicators.upload.noFile') }, { status: 400 })
  if (bytes.byteLength > maxUploadBytes) return Response.json({ ok: false, message: t('indicators.upload.tooLarge') }, { status: 413 })

  const [grid, cluster] = await Promise.all([
    loadGrid(scope.provinceId, clusterId, year, period),
    clusterYear(scope.provinceId, clusterId, year),
  ])
  const { changes, problems, rowsRead } = await readUpload(bytes, grid, { clusterName: cluster?.name ?? '', year, period })
  const shown = problems
    .slice(0, 500)
    .map((p) => ({ ...p, message: t.has(`indicators.upload.problems.${p.code}`) ? t(`indicators.upload.problems.${p.code}`) : p.code }))
  // Warnings (an empty extra column) are shown but do not stop the upload; any other problem does.
  const blocking = problems.filter((p) => !p.warning).length
  if (query.get('apply') !== '1' || blocking > 0 || changes.length === 0) {
    return Response.json({
      ok: blocking === 0,
      rowsRead,
      changes: blocking ? 0 : changes.length,
      problems: shown,
      problemCount: problems.length,
    })
  }
  const requestHeaders = await headers()
  const result = await runGuarded(saveGridDefinition, {
    principal,
    values: { clusterId, year: String(year), period, changes: JSON.stringify(changes) },
    ip: clientIp(requestHeaders),
    userAgent: requestHeaders.get('user-agent') ?? 'unknown',
  })
  const say = (key: string) => (t.has(`errors.${key}`) ? t(`errors.${key}`) : t.has(key) ? t(key) : key)
  return Response.json({ ok: result.ok, applied: result.ok ? changes.length : 0, message: say(result.messageKey), rowsRead })
}
