import 'server-only'
import { createHash } from 'node:crypto'
import { headers } from 'next/headers'
import { getToken } from 'next-auth/jwt'
import { env } from '@/lib/env'

// The signed-in user's id from the Auth.js session cookie, for server components. `auth()` does
// the same and more: it builds a request, decrypts the token, runs the callbacks and encrypts a
// refreshed token that a server component cannot even set; measured at 2–3 ms of CPU on every
// page (npm run bench). Here Auth.js decrypts a token once and the user id is remembered, keyed by
// the cookie's name and a hash of the token, until the token expires. A changed, forged or expired
// cookie is a different key, so Auth.js decrypts (and refuses) it again; refusals are not
// remembered. Whether the account is still active is read on every request (loadSessionUser).
const remembered = new Map<string, { userId: string; until: number }>()
const maxRemembered = 10_000

// As Auth.js decides it: the cookie is __Secure-authjs.session-token when the site is reached over
// HTTPS (AUTH_URL, else the proxy's X-Forwarded-Proto), authjs.session-token otherwise. Taking the
// name from whichever cookie the browser sends would accept a plain-HTTP cookie on an HTTPS site.
function usesSecureCookie(request: Headers) {
  const siteUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL
  const protocol = siteUrl ? new URL(siteUrl).protocol : `${(request.get('x-forwarded-proto') ?? 'https').replace(/:$/, '')}:`
  return protocol === 'https:'
}

export async function sessionUserId(): Promise<string | null> {
  const request = await headers()
  const cookie = request.get('cookie') ?? ''
  if (!cookie.includes('authjs.session-token')) return null
  const secureCookie = usesSecureCookie(request)
  const req = { headers: { cookie } } // the cookie only: no Authorization header, as auth() does
  const token = await getToken({ req, secret: env.AUTH_SECRET, secureCookie, raw: true })
  if (!token) return null
  const key = `${secureCookie ? 'secure' : 'plain'}:${createHash('sha256').update(token).digest('base64url')}`
  const now = Date.now()
  const hit = remembered.get(key)
  if (hit && hit.until > now) return hit.userId
  if (hit) remembered.delete(key)
  const payload = await getToken({ req, secret: env.AUTH_SECRET, secureCookie })
  const userId = typeof payload?.uid === 'string' ? payload.uid : null
  if (!userId || typeof payload?.exp !== 'number') return null
  if (remembered.size >= maxRemembered) remembered.delete(remembered.keys().next().value!)
  remembered.set(key, { userId, until: Math.min(payload.exp * 1000, now + 3600_000) })
  return userId
}
