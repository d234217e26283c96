// Dates and times as Vietnamese official papers print them. No I/O: unit-tested directly.

/**
 * "Vũ Quang, ngày 07 tháng 01 năm 2022". Nghị định 30/2020 (Phụ lục I): days below 10 and the months
 * January and February take a leading zero; other months do not ("ngày 15 tháng 3 năm 2022").
 */
export function placeAndDate(place: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  const day = d < 10 ? `0${d}` : String(d)
  const month = m < 3 ? `0${m}` : String(m)
  return `${place}, ngày ${day} tháng ${month} năm ${y}`
}

const vnTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** "07/01/2022 09:15", Vietnam time whatever the server's time zone. */
export function vietnamDateTime(at: Date): string {
  const p = Object.fromEntries(vnTime.formatToParts(at).map((x) => [x.type, x.value]))
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
}

/** Midnight of an ISO calendar date in Vietnam (UTC+7 all year, no daylight saving since 1975). */
export function vietnamMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+07:00`)
}

/** Upper case without locale tailoring, so the result does not depend on the server's ICU data. */
export function upper(s: string): string {
  return s.toUpperCase()
}
