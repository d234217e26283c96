import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { checkCredentials } from '@/lib/auth/check-credentials'
import { demoPassword } from '@/prisma/demo-data'
import { emails } from '../fixtures/demo'

describe('signing in', () => {
  it('accepts the right password (e-mail case does not matter) and stores only a slow hash', async () => {
    const result = await checkCredentials({ email: '  Ban.TDKT@HaTinh.test ', password: demoPassword }, '1.1.1.1')
    expect(result).toMatchObject({ ok: true, user: { email: emails.board } })
    const user = await db.user.findUniqueOrThrow({ where: { email: emails.board }, select: { passwordHash: true } })
    expect(user.passwordHash).toMatch(/^\$argon2id\$/)
  })

  it('refuses a wrong password and an unknown account the same way, and records both', async () => {
    expect(await checkCredentials({ email: emails.board, password: 'sai-mat-khau' }, '2.2.2.2')).toEqual({ ok: false, reason: 'invalid' })
    expect(await checkCredentials({ email: 'ai.do@hatinh.test', password: 'x' }, '2.2.2.2')).toEqual({ ok: false, reason: 'invalid' })
    expect(await db.signInAttempt.count({ where: { ip: '2.2.2.2', success: false } })).toBe(2)
    expect(await db.auditLog.count({ where: { action: 'auth.sign-in.failed', ip: '2.2.2.2' } })).toBe(2)
  })

  it('locks an account from an address after five failures in ten minutes, even for the right password', async () => {
    const ip = '3.3.3.3'
    for (let i = 0; i < 5; i++) await checkCredentials({ email: emails.kyAnhChairman, password: `sai-${i}` }, ip)
    const locked = await checkCredentials({ email: emails.kyAnhChairman, password: demoPassword }, ip)
    expect(locked).toMatchObject({ ok: false, reason: 'locked' })
    expect(locked.ok === false && locked.reason === 'locked' && locked.retryAfterMinutes).toBeGreaterThanOrEqual(9)
    // The same person from another address is not locked out by someone else's guesses.
    expect(await checkCredentials({ email: emails.kyAnhChairman, password: demoPassword }, '4.4.4.4')).toMatchObject({ ok: true })
  })

  it('lets the account in again once the failures are older than ten minutes', async () => {
    const ip = '5.5.5.5'
    const old = new Date(Date.now() - 11 * 60_000)
    await db.signInAttempt.createMany({ data: Array.from({ length: 5 }, () => ({ email: emails.board, ip, success: false, at: old })) })
    expect(await checkCredentials({ email: emails.board, password: demoPassword }, ip)).toMatchObject({ ok: true })
  })
})
