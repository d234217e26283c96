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
    { name: 'app', testIgnore: /handover\.spec\.ts/ },
    // The real case replayed from the eve of the 7 January 2022 meeting, on a server of its own.
    { name: 'handover', testMatch: /handover\.spec\.ts/, use: { baseURL: `http://localhost:${handoverPort}` } },
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
