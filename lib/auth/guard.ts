import 'server-only'
import { cache } from 'react'
import { forbidden, redirect } from 'next/navigation'
import { auth } from './auth'
import { loadPrincipal } from './load-principal'
import { can, type Action, type Principal, type Scope } from './permissions'

// The signed-in user with their rights, loaded once per request.
export const currentPrincipal = cache(async (): Promise<Principal | null> => {
  const session = await auth()
  const userId = session?.user?.id
  return userId ? loadPrincipal(userId) : null
})

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
