import Link from 'next/link'
import { useTranslations } from 'next-intl'
import type { NavLink } from '@/lib/auth/navigation'
import { LanguageSwitch } from './language-switch'

type Props = {
  locale: string
  setLocale: (form: FormData) => Promise<void>
  user: { name: string; unread: number } | null
  links: NavLink[]
}

export function SiteHeader({ locale, setLocale, user, links }: Props) {
  const t = useTranslations()
  return (
    <header className="border-b border-brand-800 bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          {t('app.name')}
        </Link>
        {links.length > 0 && (
          <nav aria-label={t('nav.menu')} className="flex flex-wrap gap-1">
            {links.map((link) => (
              <Link key={link.href} href={link.href} className="rounded px-3 py-1.5 text-sm hover:bg-brand-800">
                {t(`nav.${link.labelKey}`)}
              </Link>
            ))}
          </nav>
        )}
        <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
          <LanguageSwitch locale={locale} setLocale={setLocale} label={t('nav.language')} />
          {user && (
            <>
              <Link href="/notifications" className="rounded px-2 py-1.5 hover:bg-brand-800" data-testid="notifications-link">
                {t('notifications.title')}
                {user.unread > 0 && (
                  <span className="ml-1 rounded-full bg-amber-400 px-1.5 text-xs font-bold text-slate-900">{user.unread}</span>
                )}
              </Link>
              <span className="hidden sm:inline" data-testid="signed-in-user">
                {t('auth.signedInAs', { name: user.name })}
              </span>
              <Link href="/sign-out" className="rounded border border-white/40 px-3 py-1.5 hover:bg-brand-800">
                {t('nav.signOut')}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  )
}
