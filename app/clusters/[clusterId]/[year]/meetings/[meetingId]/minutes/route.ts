import { requireClusterYear } from '@/lib/clusters/cluster-year-access'
import { getMinutesFile } from '@/lib/meetings/queries'

// The attached minutes file, under the same access rule as the meeting page.
export async function GET(_request: Request, { params }: { params: Promise<{ clusterId: string; year: string; meetingId: string }> }) {
  const { clusterId, year: yearText, meetingId } = await params
  const { year } = await requireClusterYear(clusterId, yearText)
  const file = await getMinutesFile(clusterId, year, meetingId)
  if (!file?.minutesFile) return new Response('Không tìm thấy / Not found', { status: 404 })
  return new Response(new Uint8Array(file.minutesFile), {
    headers: {
      'Content-Type': file.minutesFileType ?? 'application/octet-stream',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.minutesFileName ?? 'bien-ban')}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  })
}
