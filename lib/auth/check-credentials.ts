import 'server-only'
import { z } from 'zod'
import { db } from '@/lib/db/client'
import { burnVerifyTime, verifyPassword } from './password'
import { judgeSignInLimit, signInLimit } from './sign-in-limit'

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
})

export type CredentialsResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; retryAfterMinutes: number }

// Checks an e-mail and password against the database, applying the failure limit first so a
// locked account does not even get its password compared. Every attempt is recorded.
export async function checkCredentials(input: unknown, ip: string, now = new Date()): Promise<CredentialsResult> {
  const parsed = credentialsSchema.safeParse(input)
  if (!parsed.success) return { ok: false, reason: 'invalid' }
  const { email, password } = parsed.data

  const since = new Date(now.getTime() - signInLimit.windowMs)
  const [accountAndAddress, address, account, oldest] = await Promise.all([
    db.signInAttempt.count({ where: { email, ip, success: false, at: { gte: since } } }),
    db.signInAttempt.count({ where: { ip, success: false, at: { gte: since } } }),
    db.signInAttempt.count({ where: { email, success: false, at: { gte: since } } }),
    db.signInAttempt.findFirst({
      where: { email, ip, success: false, at: { gte: since } },
      orderBy: { at: 'asc' },
      select: { at: true },
    }),
  ])
  const verdict = judgeSignInLimit({ accountAndAddress, address, account, oldestRelevantFailure: oldest?.at ?? null }, now)
  if (!verdict.allowed) {
    await db.auditLog.create({ data: { action: 'auth.sign-in.locked', entity: 'User', ip, data: { email } } })
    return { ok: false, reason: 'locked', retryAfterMinutes: verdict.retryAfterMinutes }
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, active: true },
  })
  const valid = user && user.active ? await verifyPassword(user.passwordHash, password) : (await burnVerifyTime(password), false)

  await db.$transaction([
    db.signInAttempt.create({ data: { email, ip, success: Boolean(valid) } }),
    db.auditLog.create({
      data: {
        action: valid ? 'auth.sign-in' : 'auth.sign-in.failed',
        entity: 'User',
        entityId: user?.id ?? null,
        actorId: valid ? user!.id : null,
        ip,
        data: { email },
      },
    }),
  ])
  if (!valid || !user) return { ok: false, reason: 'invalid' }
  return { ok: true, user: { id: user.id, name: user.name, email: user.email } }
}
