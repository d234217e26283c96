// Pure rule for the sign-in limit (provincial security guidance): after 5 failures in 10 minutes
// for the same account from the same address, refuse for the rest of that window. An address that
// fails 20 times across accounts is refused too (someone trying many accounts).
export const signInLimit = {
  windowMs: 10 * 60 * 1000,
  maxFailuresPerAccountAndAddress: 5,
  maxFailuresPerAddress: 20,
  // Addresses can be forged behind no proxy (X-Forwarded-For): an account is protected on its own too.
  maxFailuresPerAccount: 20,
} as const

export type FailureCounts = { accountAndAddress: number; address: number; account?: number; oldestRelevantFailure: Date | null }

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterMinutes: number }

export function judgeSignInLimit(counts: FailureCounts, now: Date): LimitVerdict {
  const blocked =
    counts.accountAndAddress >= signInLimit.maxFailuresPerAccountAndAddress ||
    counts.address >= signInLimit.maxFailuresPerAddress ||
    (counts.account ?? 0) >= signInLimit.maxFailuresPerAccount
  if (!blocked) return { allowed: true }
  const since = counts.oldestRelevantFailure?.getTime() ?? now.getTime()
  const remainingMs = Math.max(since + signInLimit.windowMs - now.getTime(), 60_000)
  return { allowed: false, retryAfterMinutes: Math.ceil(remainingMs / 60_000) }
}
