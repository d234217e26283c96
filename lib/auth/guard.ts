import 'server-only'
import { cache } from 'react'
import { forbidden, redirect } from 'next/navigation'
import { loadSessionUser } from './load-principal'
import { sessionUserId } from './session-user-id'
import { can, type Action, type Principal, type Scope } from './permissions'

// The signed-in user with their rights and unread count, loaded once per request.
export const currentUser = cache(async () => {
  const userId = await sessionUserId()
  return userId ? loadSessionUser(userId) : null
})

export async function currentPrincipal(): Promise<Principal | null> {
  return (await currentUser())?.principal ?? null
}

// For pages: send a visitor to sign in, and answer 403 to a user without the right.
export async function requirePrincipal(): Promise<Principal> {
  const principal = await currentPrincipal()
  if (!principal) redirect('/sign-in')
  return principal
}

export async function requirePermission(action: Action, scope: Scope): Promise<Principal> {
  const principal = await requirePrincipal()
  if (!can(principal, action, scope)) forbidden()
  return principal
}
