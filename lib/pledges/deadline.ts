// Pure: a signing deadline is a calendar day in Vietnam (UTC+7 all year, no daylight saving):
// signing stays open until the end of that day there.
const vietnamOffsetMs = 7 * 60 * 60 * 1000
const dayMs = 24 * 60 * 60 * 1000

export function vietnamToday(now: Date): string {
  return new Date(now.getTime() + vietnamOffsetMs).toISOString().slice(0, 10)
}

export function isPastDeadline(deadline: Date | null, now: Date): boolean {
  return deadline !== null && deadline.toISOString().slice(0, 10) < vietnamToday(now)
}

// Whole days left until the end of the deadline day (0 on the day itself), negative when past.
export function daysLeft(deadline: Date, now: Date): number {
  return Math.round((Date.parse(deadline.toISOString().slice(0, 10)) - Date.parse(vietnamToday(now))) / dayMs)
}
