import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in user lacks a right.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '25mb' } },
}

export default withNextIntl(nextConfig)
