import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { VerifyForm } from '@/components/pledges/verify-form'
import { verifyAction } from './actions'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('verify'))('title') }
}

// Open to anyone holding a pledge: no sign-in.
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const [{ code }, t] = await Promise.all([searchParams, getTranslations('verify')])
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-slate-600">{t('intro')}</p>
      <VerifyForm action={verifyAction} initialCode={typeof code === 'string' ? code.slice(0, 40) : undefined} />
    </div>
  )
}
