// One PostgreSQL for the whole integration run, in a child process, and a template database
// holding the migrations and the demo data: each test file gets its own copy (≈ 0.3 s), so files
// run in parallel and never see each other's writes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { grantAppRole, setUpRoles, withRole } from '../../scripts/db/roles.mjs'

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
    // The same steps `npm start` runs on a new database: the two roles, migrations and the demo
    // data as the owner, then the app role's rights. Test files run the app's code as the app role.
    const roles = await setUpRoles(`${base}/postgres`, templateName)
    const ownerUrl = withRole(`${base}/${templateName}`, roles.owner)
    const env = { DATABASE_URL: ownerUrl }
    run(process.execPath, ['scripts/db/migrate.mjs', 'deploy'], env)
    run(path.join(root, 'node_modules/.bin/tsx'), ['prisma/seed.ts'], env)
    await grantAppRole(ownerUrl, roles.app.user)
    project.provide('pgBaseUrl', base)
    project.provide('pgRoles', roles)
  } catch (error) {
    await stop()
    throw error
  }
  return stop
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgBaseUrl: string // the test server's superuser, without a database
    pgRoles: { owner: { user: string; password: string }; app: { user: string; password: string } }
  }
}
