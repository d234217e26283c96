// One PostgreSQL for the whole integration run, in a child process, and a template database
// holding the migrations and the demo data: each test file gets its own copy (≈ 0.3 s), so files
// run in parallel and never see each other's writes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

const root = path.resolve(import.meta.dirname, '../..')
export const templateName = 'cum_template'
let child: ChildProcess | undefined

function startPostgres(): Promise<number> {
  child = spawn(process.execPath, [path.join(root, 'scripts/db/pg-child.mjs')], { stdio: ['pipe', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    child!.once('exit', (code) => reject(new Error(`pg-child exited with ${code} before it was ready`)))
    createInterface({ input: child!.stdout! }).once('line', (line) => resolve(JSON.parse(line).port))
  })
}

function run(command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
}

export default async function setup(project: TestProject) {
  const port = await startPostgres()
  const stop = async () => {
    child?.kill('SIGTERM')
    if (child?.exitCode === null) await new Promise((resolve) => child?.once('exit', resolve))
  }
  try {
    const base = `postgresql://postgres:postgres@127.0.0.1:${port}`
    const admin = new pg.Client({ connectionString: `${base}/postgres` })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${templateName}`)
    await admin.end()
    // The same two steps `npm start` runs on a new database: migrations, then the demo data.
    const env = { DATABASE_URL: `${base}/${templateName}` }
    run(process.execPath, ['scripts/db/migrate.mjs', 'deploy'], env)
    run(path.join(root, 'node_modules/.bin/tsx'), ['prisma/seed.ts'], env)
    project.provide('pgBaseUrl', base)
  } catch (error) {
    await stop()
    throw error
  }
  return stop
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgBaseUrl: string
  }
}
