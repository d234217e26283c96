'use client'
import { useTranslations } from 'next-intl'

// Whatever failed, the user reads what happened in their language and can try again.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('errors')
  return (
    <div className="mx-auto mt-8 max-w-lg text-center" role="alert">
      <p className="text-slate-700">{t('unexpected')}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
        {t('tryAgain')}
      </button>
    </div>
  )
}
