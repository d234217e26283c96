import 'server-only'
import { db } from '@/lib/db/client'

// The pledge's theme starts as the year's campaign theme, or last year's when the board has not
// opened the year yet.
export async function loadCampaignTheme(provinceId: string, year: number) {
  const campaign = await db.campaign.findFirst({
    where: { provinceId, year: { lte: year } },
    orderBy: { year: 'desc' },
    select: { theme: true },
  })
  return campaign?.theme ?? ''
}
