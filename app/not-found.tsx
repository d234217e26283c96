import Link from 'next/link'
import { useTranslations } from 'next-intl'

export default function NotFound() {
  const t = useTranslations('errors')
  return (
    <div className="mx-auto mt-8 max-w-lg text-center">
      <h1 className="text-2xl font-semibold">{t('notFoundTitle')}</h1>
      <p className="mt-2 text-slate-600">{t('notFoundText')}</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        {t('backHome')}
      </Link>
    </div>
  )
}
