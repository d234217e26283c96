#!/usr/bin/env node
// Runs embedded PostgreSQL in its own process, for test runners: a server whose life is tied to
// the parent's, and that a test can stop with a signal.
//
//   node scripts/db/pg-child.mjs [--data-dir DIR] [--port N] [--ephemeral] [--bin-dir DIR]
//   env: PG_DATA_DIR, PG_PORT, PG_EPHEMERAL=1, PG_BIN_DIR, EMBEDDED_PG_DIR
//
// Prints one JSON line on stdout when ready: {"ready":true,"port":N,"dataDir":…,"relocated":…}. Stops PostgreSQL cleanly
// and exits on SIGTERM, SIGINT or SIGHUP, or when its stdin closes: a parent that spawns it with
// stdin 'pipe' (the default) cannot leave it running, even when the parent is killed.
// Without a data dir it uses a fresh .data/tmp-pg-<random> that is deleted on stop; with one the
// cluster persists unless --ephemeral. Without a port it picks a free one. Logs go to stderr.
import { randomBytes } from 'node:crypto'
import { fstatSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { startEmbeddedPostgres } from './embedded.mjs'

const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    ephemeral: { type: 'boolean' },
    verbose: { type: 'boolean' },
    'bin-dir': { type: 'string' },
  },
})
const dataDir = args['data-dir'] ?? process.env.PG_DATA_DIR
const portArg = args.port ?? process.env.PG_PORT
const ephemeral = !dataDir || args.ephemeral || process.env.PG_EPHEMERAL === '1'

let starting // the promise of the running server; shutdown waits for it if still starting
let shuttingDown = false
async function shutdown(code) {
  if (shuttingDown) return
  shuttingDown = true
  try {
    const server = await starting?.catch(() => undefined)
    await server?.stop()
  } catch (err) {
    console.error(`pg-child: stop failed: ${err.message}`)
    code ||= 1
  }
  process.exit(code)
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => {
    if (shuttingDown) process.exit(1) // second signal: give up waiting
    shutdown(0)
  })
}

// Watch stdin only when it is a pipe or socket from a parent: when it is /dev/null ('ignore') it
// "closes" at once, and a terminal is left to Ctrl-C.
const stdin = fstatSync(0)
if (stdin.isFIFO() || stdin.isSocket()) {
  process.stdin.on('data', () => {}) // ignore input; we only care about the end
  process.stdin.on('end', () => shutdown(0))
  process.stdin.on('error', () => shutdown(0))
}

starting = startEmbeddedPostgres({
  dataDir: dataDir ?? `.data/tmp-pg-${randomBytes(6).toString('hex')}`,
  port: portArg ? Number(portArg) : undefined,
  persistent: !ephemeral,
  log: args.verbose ? (line) => console.error(line) : undefined,
  binDir: args['bin-dir'] ?? process.env.PG_BIN_DIR,
})
let server
try {
  server = await starting
} catch (err) {
  console.error(`pg-child: ${err.message}`)
  process.exit(1)
}
if (!shuttingDown)
  process.stdout.write(`${JSON.stringify({ ready: true, port: server.port, dataDir: server.dataDir, relocated: server.relocated })}\n`)
