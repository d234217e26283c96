import path from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = {
  '@': path.resolve(import.meta.dirname),
  // `server-only` refuses to load outside React's server build; tests are server code too.
  'server-only': path.resolve(import.meta.dirname, 'tests/setup/empty-module.ts'),
}

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        // Speed is the bench's business, not the tests': building and reading a 1.600-row XLSX takes
        // 2 s on a quiet machine and more than the default 5 s on a busy one.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // PostgreSQL runs in a child process (scripts/db/pg-child.mjs), stopped with a signal when
          // the run ends (docs/decisions/0008-tests-on-a-real-database.md).
          globalSetup: ['tests/setup/global-setup.ts'],
          setupFiles: ['tests/setup/database-per-file.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
