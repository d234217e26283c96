// Pure: calendar dates the Vietnamese way, dd/mm/yyyy, whatever the browser's or the interface's
// language (a native date input shows mm/dd/yyyy on an English-language browser, and Intl's 'en'
// writes 01/07/2022 for 7 January). Stored dates stay ISO (yyyy-mm-dd).

export type DateProblem = 'date' | 'dateNoSuchDay' | 'dateYear'
export type ParsedDate = { ok: true; iso: string } | { ok: false; problem: DateProblem }

export const MIN_YEAR = 1900
export const MAX_YEAR = 2100

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

// "7/1/2022", "07/01/2022", "07-01-2022", "07.01.2022", and ISO "2022-01-07" (what programs send).
const vnPattern = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/

export function parseVnDate(input: string): ParsedDate {
  const text = input.trim()
  const vn = vnPattern.exec(text)
  const iso = vn ? null : isoPattern.exec(text)
  if (!vn && !iso) return { ok: false, problem: 'date' }
  const [day, month, year] = vn ? [vn[1], vn[2], vn[3]].map(Number) : [iso![3], iso![2], iso![1]].map(Number)
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, problem: 'dateYear' }
  if (month < 1 || month > 12 || day < 1) return { ok: false, problem: 'dateNoSuchDay' }
  // The day after the last of the month is day 0 of the next one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > daysInMonth) return { ok: false, problem: 'dateNoSuchDay' }
  return { ok: true, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` }
}

/** "2022-01-07" → "07/01/2022"; anything else is returned as it was (a value the user typed). */
export function isoToVn(value: string): string {
  const m = isoPattern.exec(value.trim())
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value
}

/** A calendar day (stored as midnight UTC) as dd/mm/yyyy. */
export function formatDay(date: Date): string {
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCFullYear(), 4)}`
}

const vnClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** A moment as dd/mm/yyyy HH:mm, Vietnam time. */
export function formatMoment(date: Date): string {
  const part = Object.fromEntries(vnClock.formatToParts(date).map((p) => [p.type, p.value]))
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`
}
