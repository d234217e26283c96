import 'server-only'
import { headers } from 'next/headers'
import { getToken } from 'next-auth/jwt'
import { env } from '@/lib/env'

// The signed-in user's id from the Auth.js session cookie, for server components. `auth()` does
// the same and more: it builds a request, decrypts the token, runs the callbacks and encrypts a
// refreshed token that a server component cannot even set; measured at 2–3 ms of CPU on every
// page (npm run bench). Here Auth.js decrypts a token once and the result is remembered, keyed by
// the token itself, until the token expires. A changed, forged or expired cookie is a different
// key, so it is decrypted (and refused) again. Whether the user is still active is read from the
// database on every request (loadPrincipal), so a deactivated account loses access at once.
const remembered = new Map<string, { userId: string | null; until: number }>()
const maxRemembered = 10_000

export async function sessionUserId(): Promise<string | null> {
  const cookie = (await headers()).get('cookie') ?? ''
  if (!cookie.includes('authjs.session-token')) return null
  // Behind HTTPS Auth.js names the cookie __Secure-authjs.session-token (and salts the key with that name).
  const secureCookie = cookie.includes('__Secure-authjs.session-token')
  const req = { headers: { cookie } }
  const token = await getToken({ req, secret: env.AUTH_SECRET, secureCookie, raw: true })
  if (!token) return null
  const now = Date.now()
  const hit = remembered.get(token)
  if (hit && hit.until > now) return hit.userId
  const payload = await getToken({ req, secret: env.AUTH_SECRET, secureCookie })
  const userId = typeof payload?.uid === 'string' ? payload.uid : null
  if (remembered.size >= maxRemembered) remembered.delete(remembered.keys().next().value!)
  remembered.set(token, { userId, until: typeof payload?.exp === 'number' ? Math.min(payload.exp * 1000, now + 3600_000) : now + 60_000 })
  return userId
}
