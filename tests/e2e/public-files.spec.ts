import { expect, test } from '@playwright/test'

test('a phone can add the app to its home screen: the manifest and every icon it names are served', async ({ page, request }) => {
  await page.goto('/sign-in')
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifest = await (await request.get(manifestHref!)).json()
  expect(manifest).toMatchObject({ name: 'Cụm thi đua', lang: 'vi', start_url: '/', display: 'standalone' })
  expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  )
  const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')
  for (const src of [...manifest.icons.map((i: { src: string }) => i.src), touch, '/favicon.ico']) {
    const response = await request.get(src)
    expect([src, response.status(), response.headers()['content-type']]).toEqual([src, 200, expect.stringMatching(/^image\//)])
  }
})

test('search engines are kept out: robots.txt disallows everything and pages say noindex', async ({ page, request }) => {
  expect(await (await request.get('/robots.txt')).text()).toMatch(/User-agent: \*\s+Disallow: \/\s*$/)
  await page.goto('/verify')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow')
})
