import { describe, expect, it } from 'vitest'
import { placeAndDate, vietnamDateTime, vietnamMidnight } from '@/lib/pledges/document/format-vi'

describe('dates as Vietnamese official papers print them', () => {
  it('pads days below 10 and the months January and February (Nghị định 30/2020)', () => {
    expect(placeAndDate('Vũ Quang', '2022-01-07')).toBe('Vũ Quang, ngày 07 tháng 01 năm 2022')
    expect(placeAndDate('Lộc Hà', '2022-02-15')).toBe('Lộc Hà, ngày 15 tháng 02 năm 2022')
    expect(placeAndDate('Hà Tĩnh', '2022-03-05')).toBe('Hà Tĩnh, ngày 05 tháng 3 năm 2022')
    expect(placeAndDate('Hà Tĩnh', '2022-12-31')).toBe('Hà Tĩnh, ngày 31 tháng 12 năm 2022')
  })

  it('prints signing times in Vietnam time whatever the server runs in', () => {
    expect(vietnamDateTime(new Date('2022-01-07T02:15:00Z'))).toBe('07/01/2022 09:15')
    expect(vietnamDateTime(new Date('2021-12-31T17:05:00Z'))).toBe('01/01/2022 00:05')
  })

  it('takes midnight of a calendar date in Vietnam', () => {
    expect(vietnamMidnight('2022-01-07').toISOString()).toBe('2022-01-06T17:00:00.000Z')
  })
})
