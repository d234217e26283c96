#!/usr/bin/env node
// `npm test`: every check, in the order a failure is cheapest to see.
//   1. the Prisma client matches schema.prisma (generated if stale)
//   2. schema.prisma and prisma/migrations agree (a schema change without a migration fails here)
//   3. one formatting (Prettier), checked; lint (ESLint: types, hooks, Next, the layers' import rules)
//   4. TypeScript, strict
//   5. Vitest: unit tests, then integration tests on a real PostgreSQL (embedded, in a child process)
//   6. Playwright: end-to-end in Debian's Chromium against the production build, own database
// Every step runs even after a failure, and the exit code is non-zero when any step failed.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { clientSources, ensureBuild, hashOf, isFresh, stamp } from './lib-build-state.mjs'

const root = path.resolve(import.meta.dirname, '..')
process.chdir(root)
const only = process.argv.slice(2) // e.g. `npm test -- unit integration`
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
delete env.DATABASE_URL // tests always bring their own embedded databases
delete env.MIGRATION_DATABASE_URL

const steps = [
  ['client', () => (isFresh('lib/db/generated/.source-hash', hashOf(clientSources)) ? 0 : run('node_modules/.bin/prisma', ['generate']))],
  ['migrations', () => run(process.execPath, ['scripts/db/migrate.mjs', 'check'])],
  ['format', () => run('node_modules/.bin/prettier', ['--check', '--log-level', 'warn', '.'])],
  ['lint', () => run('node_modules/.bin/eslint', ['--max-warnings', '0', '.'])],
  ['typecheck', () => run('node_modules/.bin/tsc', ['--noEmit', '-p', '.'])],
  ['unit', () => run('node_modules/.bin/vitest', ['run', '--project', 'unit'])],
  ['integration', () => run('node_modules/.bin/vitest', ['run', '--project', 'integration'])],
  [
    'e2e',
    () => {
      if (!ensureBuild(env)) return 1
      return run('node_modules/.bin/playwright', ['test'])
    },
  ],
]

function run(cmd, args) {
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1
}

const results = []
for (const [name, step] of steps) {
  if (only.length && !only.includes(name) && name !== 'client') continue
  const started = Date.now()
  console.log(`\n━━ ${name} ━━`)
  const code = step()
  if (name === 'client' && code === 0) stamp('lib/db/generated/.source-hash', hashOf(clientSources))
  results.push({ name, ok: code === 0, seconds: (Date.now() - started) / 1000 })
}

console.log('\n━━ summary ━━')
for (const r of results) console.log(`${r.ok ? '✔' : '✖'} ${r.name.padEnd(12)} ${r.seconds.toFixed(1)} s`)
const failed = results.filter((r) => !r.ok).length
console.log(`${results.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
