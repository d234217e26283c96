'use server'
import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { currentPrincipal } from '@/lib/auth/guard'
import { clientIp } from '@/lib/auth/client-ip'
import { markAllRead } from '@/lib/notifications/queries'

// No input to validate: the signed-in user's id is the whole scope.
export async function markAllReadAction() {
  const principal = await currentPrincipal()
  if (!principal) return
  await markAllRead(principal.userId, clientIp(await headers()))
  revalidatePath('/', 'layout')
}
