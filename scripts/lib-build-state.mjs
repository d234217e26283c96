// Whether the generated Prisma client and the production build still match the sources, by a
// hash of the files they are made from (cheaper and surer than comparing modification times).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const skip = new Set(['node_modules', '.next', '.data', 'generated', 'tests', 'scripts', '.git'])

function files(entry) {
  if (!existsSync(entry)) return []
  if (statSync(entry).isFile()) return [entry]
  return readdirSync(entry, { withFileTypes: true })
    .filter((d) => !skip.has(d.name))
    .flatMap((d) => files(path.join(entry, d.name)))
    .sort()
}

export function hashOf(entries) {
  const hash = createHash('sha256')
  for (const file of entries.flatMap(files)) hash.update(file).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}

export const clientSources = ['prisma/schema.prisma', 'package-lock.json']
export const buildSources = [
  'app',
  'components',
  'lib',
  'public',
  'prisma/schema.prisma',
  'next.config.js',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
]

export function isFresh(stampFile, hash) {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash
}

export function stamp(stampFile, hash) {
  writeFileSync(stampFile, hash)
}

// Builds the production app unless the last build was made from the same sources. The build reads
// no database; placeholders satisfy the environment check of modules it evaluates.
export function ensureBuild(env, log = console.log) {
  const hash = hashOf(buildSources)
  if (isFresh('.next/source-hash', hash)) return true
  log('building the app (first start or changed sources, ~1 minute)…')
  const result = spawnSync('node_modules/.bin/next', ['build'], {
    stdio: 'inherit',
    env: {
      DATABASE_URL: 'postgresql://build@localhost/unused',
      AUTH_SECRET: 'build-time-placeholder-secret',
      ...env,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  })
  if (result.status !== 0) return false
  stamp('.next/source-hash', hash)
  return true
}
