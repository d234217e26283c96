import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { NextIntlClientProvider } from 'next-intl'
import { getLocale, getTranslations } from 'next-intl/server'
import { currentUser } from '@/lib/auth/guard'
import { navigationFor } from '@/lib/auth/navigation'
import { SiteHeader } from '@/components/shell/site-header'
import { setLocale } from './actions'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app')
  return {
    title: { default: t('name'), template: `%s · ${t('name')}` },
    description: t('tagline'),
    // The icons and the manifest live in public/ (drawn in public/icon.svg, rendered by
    // scripts/render-icons.mjs): a chairman can add the app to a phone's home screen.
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: '/apple-touch-icon.png',
    },
    manifest: '/manifest.webmanifest',
    appleWebApp: { capable: true, title: t('name'), statusBarStyle: 'default' },
    // A province's working tool: kept out of search engines here and in public/robots.txt.
    robots: { index: false, follow: false },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#991b1b' }

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, user, t] = await Promise.all([getLocale(), currentUser(), getTranslations('app')])
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
            {t('skipToContent')}
          </a>
          <SiteHeader
            locale={locale}
            setLocale={setLocale}
            user={user ? { name: user.principal.name, unread: user.unread } : null}
            links={user ? navigationFor(user.principal) : []}
          />
          <main id="main" className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
