import { daysLeft } from '@/lib/pledges/deadline'

// Pure: the year's deadlines in date order with days left, from the campaign's settings.
export const deadlineKinds = ['pledgeDeadline', 'midYearDeadline', 'yearEndDeadline', 'proposalDeadline'] as const
export type DeadlineKind = (typeof deadlineKinds)[number]
export type Deadline = { kind: DeadlineKind; date: Date; daysLeft: number }

// `now` is read as a day in Vietnam (UTC+7): at 01:00 on 15 March there, a deadline of 15 March is today.
export function upcomingDeadlines(campaign: Partial<Record<DeadlineKind, Date | null>>, now: Date): Deadline[] {
  return deadlineKinds
    .flatMap((kind) => {
      const date = campaign[kind]
      return date ? [{ kind, date, daysLeft: daysLeft(date, now) }] : []
    })
    .sort((a, b) => a.date.getTime() - b.date.getTime())
}
