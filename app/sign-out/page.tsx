import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { requirePrincipal } from '@/lib/auth/guard'
import { SubmitButton } from '@/components/ui/submit-button'
import { signOutAction } from './actions'

export default async function SignOutPage() {
  await requirePrincipal()
  const [t, app] = await Promise.all([getTranslations('auth'), getTranslations('app')])
  return (
    <div className="mx-auto mt-6 max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t('signOutTitle')}</h1>
      <p className="my-4 text-slate-700">{t('signOutQuestion', { app: app('name') })}</p>
      <form action={signOutAction} className="flex gap-3">
        <SubmitButton pending={t('signOutConfirm')}>{t('signOutConfirm')}</SubmitButton>
        <Link href="/" className="rounded border border-slate-300 px-4 py-2 text-sm">
          {t('cancel')}
        </Link>
      </form>
    </div>
  )
}
