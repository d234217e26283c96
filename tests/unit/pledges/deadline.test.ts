import { describe, expect, it } from 'vitest'
import { daysLeft, isPastDeadline } from '@/lib/pledges/deadline'

describe('a signing deadline is a day in Vietnam', () => {
  const deadline = new Date('2022-01-15')
  it('stays open until midnight in Hà Tĩnh, not UTC', () => {
    expect(isPastDeadline(deadline, new Date('2022-01-15T16:59:00Z'))).toBe(false) // 23:59 in Vietnam
    expect(isPastDeadline(deadline, new Date('2022-01-15T17:00:00Z'))).toBe(true) // 00:00 on the 16th
  })
  it('counts the days left, 0 on the day itself', () => {
    expect(daysLeft(deadline, new Date('2022-01-07T02:00:00Z'))).toBe(8)
    expect(daysLeft(deadline, new Date('2022-01-15T10:00:00Z'))).toBe(0)
    expect(daysLeft(deadline, new Date('2022-01-17T10:00:00Z'))).toBe(-2)
  })
  it('never passes without a deadline', () => {
    expect(isPastDeadline(null, new Date())).toBe(false)
  })
})
