'use server'
import { cookies } from 'next/headers'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { locales, localeCookie } from '@/lib/i18n/config'

const input = z.enum(locales)

// Switching language is not a data mutation: it only sets a cookie, so it needs no sign-in.
export async function setLocale(formData: FormData) {
  const parsed = input.safeParse(formData.get('locale'))
  if (!parsed.success) return
  ;(await cookies()).set(localeCookie, parsed.data, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' })
  revalidatePath('/', 'layout')
}
