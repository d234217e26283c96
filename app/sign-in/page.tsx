import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { currentPrincipal } from '@/lib/auth/guard'
import { SignInForm } from '@/components/auth/sign-in-form'
import { signInAction } from './actions'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signInTitle') }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await currentPrincipal()) redirect('/')
  const [{ next }, t, app, verify] = await Promise.all([
    searchParams,
    getTranslations('auth'),
    getTranslations('app'),
    getTranslations('verify'),
  ])
  return (
    <div className="mx-auto mt-6 max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold">{t('signInTitle')}</h1>
      <p className="mt-1 text-sm text-slate-600">{app('tagline')}</p>
      <p className="mb-5 mt-3 text-sm text-slate-600">{t('signInIntro')}</p>
      <SignInForm action={signInAction} next={next} />
      <p className="mt-6 border-t border-slate-100 pt-4 text-sm">
        <Link href="/verify" className="text-brand-700 underline">
          {verify('link')}
        </Link>
      </p>
    </div>
  )
}
