// A clone in root's home folder (mode 0700), started as root: PostgreSQL runs as the `postgres`
// user, who cannot enter it. The embedded helper — used by `npm start`, the tests and the bench —
// must then run from a copy of the binaries and a data folder the postgres user can reach.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, lstatSync, mkdtempSync, readlinkSync, rmSync, statSync, chmodSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { packagedBinaries } from '../../scripts/db/embedded.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const isRoot = process.getuid?.() === 0

type Ready = { port: number; dataDir: string; relocated: { link: string; dataDir: string; binDir: string } | null }

function startChild(env: Record<string, string>) {
  const child = spawn(process.execPath, [path.join(root, 'scripts/db/pg-child.mjs')], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (c) => (stderr += c))
  const ready = new Promise<Ready>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`pg-child exited with ${code}: ${stderr}`)))
    createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line)))
  })
  const stop = () => {
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGTERM')
    return exited
  }
  return { ready, stop }
}

async function query(port: number, text: string) {
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres` })
  await client.connect()
  try {
    return (await client.query(text)).rows
  } finally {
    await client.end()
  }
}

describe.skipIf(!isRoot)('embedded PostgreSQL started as root from a folder only root may enter', () => {
  // A project folder in root's home, mode 0700 like `/root` itself, with its own copy of the binaries.
  let project: string, relocation: string, binDir: string, env: Record<string, string>
  beforeAll(() => {
    project = mkdtempSync(path.join(os.homedir(), '.cum-thi-dua-test-'))
    relocation = mkdtempSync(path.join(os.tmpdir(), 'cum-pg-home-'))
    chmodSync(relocation, 0o755)
    binDir = path.join(project, 'node_modules-copy')
    cpSync(packagedBinaries().dir, binDir, { recursive: true, verbatimSymlinks: true })
    env = { PG_DATA_DIR: path.join(project, '.data/postgres'), PG_BIN_DIR: binDir, EMBEDDED_PG_DIR: relocation }
  })
  afterAll(() => {
    rmSync(project, { recursive: true, force: true })
    rmSync(relocation, { recursive: true, force: true })
  })

  it('is a folder the postgres user really cannot enter', () => {
    expect(statSync(project).mode & 0o777).toBe(0o700)
    const ids = { uid: Number(spawnSync('id', ['-u', 'postgres']).stdout), gid: Number(spawnSync('id', ['-g', 'postgres']).stdout) }
    const asPostgres = spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', path.join(binDir, 'bin/postgres')], { ...ids, cwd: '/' })
    expect(asPostgres.status).not.toBe(0)
  })

  it('runs from a copy of the binaries and a data folder named after the project, linked from the project', async () => {
    const first = startChild(env)
    const ready = await first.ready
    try {
      expect(ready.relocated).not.toBeNull()
      expect(ready.relocated!.binDir.startsWith(relocation)).toBe(true)
      expect(ready.dataDir.startsWith(path.join(relocation, 'data'))).toBe(true)
      expect(path.basename(ready.dataDir)).toContain(path.basename(project))
      expect(lstatSync(env.PG_DATA_DIR).isSymbolicLink()).toBe(true)
      expect(readlinkSync(env.PG_DATA_DIR)).toBe(ready.dataDir)
      await query(ready.port, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)')
    } finally {
      await first.stop()
    }
    // Started again, it finds the same database through the link.
    const second = startChild(env)
    const again = await second.ready
    try {
      expect(again.dataDir).toBe(ready.dataDir)
      expect(await query(again.port, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }])
    } finally {
      await second.stop()
    }
  })

  it('starts afresh, keeping the old database aside, when the project’s data folder was deleted', async () => {
    rmSync(path.join(project, '.data'), { recursive: true, force: true })
    const child = startChild(env)
    const ready = await child.ready
    try {
      expect(await query(ready.port, `SELECT to_regclass('kept') IS NULL AS gone`)).toEqual([{ gone: true }])
    } finally {
      await child.stop()
    }
    const aside = spawnSync('ls', [path.join(relocation, 'data')], { encoding: 'utf8' }).stdout
    expect(aside).toMatch(/\.orphaned-/)
  })
})
