import { forbidden } from 'next/navigation'
import { requireClusterYear } from '@/lib/clusters/cluster-year-access'
import { pledgeOfClusterYear, pledgeTrail } from '@/lib/pledges/queries'
import { toCsv } from '@/lib/reports/csv'

// The pledge's audit trail as CSV (Excel opens it with Vietnamese intact thanks to the BOM), for
// the secretariat and the board.
export async function GET(_request: Request, { params }: { params: Promise<{ clusterId: string; year: string }> }) {
  const { clusterId, year: yearText } = await params
  const { year, canManage, canDraftPledge } = await requireClusterYear(clusterId, yearText)
  if (!canManage && !canDraftPledge) forbidden()
  const pledge = await pledgeOfClusterYear(clusterId, year)
  if (!pledge) return new Response('Không tìm thấy / Not found', { status: 404 })
  const rows = await pledgeTrail(pledge.id)
  const csv = toCsv(
    ['thoi_gian', 'su_kien', 'nguoi', 'email', 'dia_chi_ip', 'chi_tiet'],
    rows.map((r) => [r.at.toISOString(), r.action, r.actor?.name ?? '', r.actor?.email ?? '', r.ip ?? '', JSON.stringify(r.data ?? {})]),
  )
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="nhat-ky-giao-uoc-${year}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
