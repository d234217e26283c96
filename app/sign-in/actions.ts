'use server'
import { redirect } from 'next/navigation'
import { AuthError } from 'next-auth'
import { getTranslations } from 'next-intl/server'
import { z } from 'zod'
import { signIn } from '@/lib/auth/auth'
import type { SignInState } from '@/components/auth/sign-in-form'

const form = z.object({
  email: z.string({ message: 'emailInvalid' }).trim().toLowerCase().email('emailInvalid'),
  password: z.string({ message: 'passwordRequired' }).min(1, 'passwordRequired').max(200, 'passwordRequired'),
})

// Only a relative path on this site may follow a sign-in (no open redirect).
function safeNext(value: FormDataEntryValue | null): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/'
  const url = new URL(value, 'http://this.site')
  return url.origin === 'http://this.site' ? `${url.pathname}${url.search}` : '/'
}

export async function signInAction(_state: SignInState, formData: FormData): Promise<SignInState> {
  const t = await getTranslations('auth')
  const values = { email: String(formData.get('email') ?? '') }
  const parsed = form.safeParse({ email: formData.get('email'), password: formData.get('password') })
  if (!parsed.success) {
    const fieldErrors: SignInState['fieldErrors'] = {}
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as 'email' | 'password'
      fieldErrors[field] ??= t(issue.message as 'emailInvalid' | 'passwordRequired')
    }
    return { fieldErrors, values }
  }
  try {
    await signIn('credentials', { ...parsed.data, redirect: false })
  } catch (error) {
    if (!(error instanceof AuthError)) throw error
    const code = 'code' in error && typeof error.code === 'string' ? error.code : 'invalid'
    if (code.startsWith('locked:')) return { message: t('locked', { minutes: Number(code.slice(7)) }), values }
    return { message: t('invalid'), values }
  }
  redirect(safeNext(formData.get('next')))
}
