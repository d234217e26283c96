import { describe, expect, it } from 'vitest'
import { upcomingDeadlines } from '@/lib/home/deadlines'

describe('deadlines of a campaign year', () => {
  it('lists the set deadlines in date order with days left, counting whole calendar days', () => {
    const list = upcomingDeadlines(
      { proposalDeadline: new Date('2022-03-15'), pledgeDeadline: new Date('2022-01-31'), midYearDeadline: null },
      new Date('2022-01-07T16:30:00Z'),
    )
    expect(list.map((d) => [d.kind, d.daysLeft])).toEqual([
      ['pledgeDeadline', 24],
      ['proposalDeadline', 67],
    ])
  })

  it('gives a negative count for a deadline already past', () => {
    expect(upcomingDeadlines({ yearEndDeadline: new Date('2021-12-20') }, new Date('2022-01-07'))[0].daysLeft).toBe(-18)
  })
})
