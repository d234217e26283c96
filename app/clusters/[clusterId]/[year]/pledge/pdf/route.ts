import { requireClusterYear } from '@/lib/clusters/cluster-year-access'
import { issuePledgePdf } from '@/lib/pledges/issue-pdf'
import { pledgeOfClusterYear } from '@/lib/pledges/queries'

// The pledge PDF, under the same access rule as the pledge page (reading the cluster-year).
export async function GET(request: Request, { params }: { params: Promise<{ clusterId: string; year: string }> }) {
  const { clusterId, year: yearText } = await params
  const { year } = await requireClusterYear(clusterId, yearText)
  const pledge = await pledgeOfClusterYear(clusterId, year)
  const number = Number(new URL(request.url).searchParams.get('v') ?? pledge?.current.number)
  const version = pledge?.versions.find((v) => v.number === number)
  const pdf = version ? await issuePledgePdf(version.id) : null
  if (!pdf) return new Response('Không có bản PDF / No PDF', { status: 404 })
  return new Response(new Uint8Array(pdf.bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${pdf.fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
