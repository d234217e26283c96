import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { optionalVnDate, vnDate } from '@/lib/dates/date-schema'
import { formatDay, formatMoment, isoToVn, parseVnDate } from '@/lib/dates/vn-date'

describe('dates typed the Vietnamese way', () => {
  it('reads day before month, with or without leading zeros and with / - or . between', () => {
    for (const typed of ['07/01/2022', '7/1/2022', '07-01-2022', '7.1.2022', ' 07/01/2022 ', '2022-01-07'])
      expect(parseVnDate(typed), typed).toEqual({ ok: true, iso: '2022-01-07' })
    expect(parseVnDate('31/12/2021')).toEqual({ ok: true, iso: '2021-12-31' })
    expect(parseVnDate('29/02/2024')).toEqual({ ok: true, iso: '2024-02-29' })
  })

  it('refuses a day that does not exist rather than rolling it over', () => {
    for (const typed of ['31/02/2022', '29/02/2023', '31/04/2022', '00/01/2022', '12/13/2022', '01/00/2022'])
      expect(parseVnDate(typed), typed).toEqual({ ok: false, problem: 'dateNoSuchDay' })
  })

  it('refuses other shapes: month first with words, two-digit years, text', () => {
    for (const typed of ['', 'hôm nay', '07/01/22', '2022/01/07', 'Jan 7, 2022', '07/01/2022 10:00', '7 1 2022'])
      expect(parseVnDate(typed), typed).toEqual({ ok: false, problem: 'date' })
    expect(parseVnDate('07/01/1850')).toEqual({ ok: false, problem: 'dateYear' })
  })

  it('shows calendar days and moments as dd/mm/yyyy, moments in Vietnam time', () => {
    expect(isoToVn('2022-01-07')).toBe('07/01/2022')
    expect(isoToVn('7/1/2022')).toBe('7/1/2022')
    expect(formatDay(new Date('2022-01-07'))).toBe('07/01/2022')
    // 02:25 UTC is 09:25 in Hà Tĩnh; 20:00 UTC on the 6th is already the 7th there.
    expect(formatMoment(new Date('2022-01-07T02:25:00Z'))).toBe('07/01/2022 09:25')
    expect(formatMoment(new Date('2022-01-06T20:00:00Z'))).toBe('07/01/2022 03:00')
  })

  it('turns a form field into an ISO date or a message key, empty meaning none where optional', () => {
    const form = z.object({ heldOn: vnDate, deadline: optionalVnDate })
    expect(form.parse({ heldOn: '7/1/2022', deadline: '' })).toEqual({ heldOn: '2022-01-07', deadline: null })
    expect(form.parse({ heldOn: '07/01/2022' })).toEqual({ heldOn: '2022-01-07', deadline: null })
    const bad = form.safeParse({ heldOn: '01/31/2022', deadline: '31/06/2022' })
    expect(bad.success || bad.error.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['heldOn', 'dateNoSuchDay'],
      ['deadline', 'dateNoSuchDay'],
    ])
    expect(vnDate.safeParse(undefined).error?.issues[0].message).toBe('date')
  })
})
