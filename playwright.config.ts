import { defineConfig } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 3100)
const handoverPort = port + 1

// The e2e run starts the app exactly as a user does (scripts/start.mjs: embedded PostgreSQL,
// migrations, demo seed, production build) but in its own data folder, never the dev database.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'vi-VN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // The demo as a newcomer finds it: the state the conference of 7 January 2022 left.
    { name: 'app', testIgnore: /(handover|pledge)\.spec\.ts/ },
    // The conference replayed from its eve on a server of its own, in the order it happened: the
    // 2022 pledge signed (drafted by the outgoing secretariat, who may do so only until the
    // handover), then the chair handed over.
    { name: 'conference-pledge', testMatch: /pledge\.spec\.ts/, use: { baseURL: `http://localhost:${handoverPort}` } },
    {
      name: 'conference-handover',
      testMatch: /handover\.spec\.ts/,
      dependencies: ['conference-pledge'],
      use: { baseURL: `http://localhost:${handoverPort}` },
    },
  ],
  // scripts/test.mjs builds once before Playwright starts, so the two servers never build at once.
  webServer: [server(port, '.data/e2e', 'after-handover'), server(handoverPort, '.data/e2e-handover', 'before-handover')],
})

function server(serverPort: number, dataDir: string, stage: string) {
  return {
    command: 'node scripts/start.mjs',
    url: `http://localhost:${serverPort}/sign-in`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe' as const,
    env: {
      PORT: String(serverPort),
      DATA_DIR: dataDir,
      DEMO_STAGE: stage,
      E2E_FRESH_DATA: '1',
      DATABASE_URL: '', // always an embedded database of its own
      AUTH_SECRET: 'e2e-secret-not-for-production-0123456789',
    },
  }
}
