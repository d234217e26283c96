// Whether the generated Prisma client and the production build still match the sources, by a
// hash of the files they are made from (cheaper and surer than comparing modification times).
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
export const buildSources = ['app', 'components', 'lib', 'public', 'prisma/schema.prisma', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json']

export function isFresh(stampFile, hash) {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash
}

export function stamp(stampFile, hash) {
  writeFileSync(stampFile, hash)
}
