import { describe, expect, it } from 'vitest'
import { judgeSignInLimit } from '@/lib/auth/sign-in-limit'

const now = new Date('2026-11-28T08:00:00Z')
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000)

describe('sign-in failure limit', () => {
  it('allows four failures for an account from one address', () => {
    expect(judgeSignInLimit({ accountAndAddress: 4, address: 4, oldestRelevantFailure: minutesAgo(3) }, now)).toEqual({ allowed: true })
  })

  it('refuses after five, until ten minutes after the first of them', () => {
    expect(judgeSignInLimit({ accountAndAddress: 5, address: 5, oldestRelevantFailure: minutesAgo(3) }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 7,
    })
  })

  it('says at least one minute even at the end of the window', () => {
    expect(judgeSignInLimit({ accountAndAddress: 6, address: 6, oldestRelevantFailure: minutesAgo(10) }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 1,
    })
  })

  it('refuses an address that tries many accounts', () => {
    expect(judgeSignInLimit({ accountAndAddress: 1, address: 20, oldestRelevantFailure: null }, now).allowed).toBe(false)
  })
})

describe('an account attacked from many addresses', () => {
  it('is locked after 20 failures in the window whatever the addresses', () => {
    expect(judgeSignInLimit({ accountAndAddress: 1, address: 1, account: 20, oldestRelevantFailure: minutesAgo(2) }, now)).toEqual({
      allowed: false,
      retryAfterMinutes: 8,
    })
  })
})
