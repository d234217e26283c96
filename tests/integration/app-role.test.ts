// The web app connects as a role that owns nothing (scripts/db/roles.mjs): whoever has its
// password cannot switch off the audit log's protection, change the schema or rewrite history.
// Every other integration test runs the app's code as this role too.
import { spawnSync } from 'node:child_process'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { rolePowers, setUpRoles, withRole } from '../../scripts/db/roles.mjs'

const sql = (query: string) => db.$executeRawUnsafe(query)

describe('the app’s database role', () => {
  it('is no superuser, owns no table, and the migrations’ role owns them all', async () => {
    expect(await rolePowers(process.env.DATABASE_URL!)).toEqual({ role: 'cumthidua_app', superuser: false, ownsAuditLog: false })
    const owners = await db.$queryRaw<{ tableowner: string }[]>`SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'`
    expect(owners).toEqual([{ tableowner: 'cumthidua_owner' }])
  })

  it('cannot disable the audit trigger, alter a table, or update, delete or truncate audit rows', async () => {
    const before = await db.auditLog.count()
    const refused = [
      'ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_update_delete"',
      'ALTER TABLE "AuditLog" DISABLE TRIGGER ALL',
      'DROP TRIGGER "AuditLog_no_update_delete" ON "AuditLog"',
      `CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
      'ALTER TABLE "Unit" ADD COLUMN hacked int',
      'DROP TABLE "SignInAttempt"',
      'CREATE TABLE hacked (a int)',
      `UPDATE "AuditLog" SET action = 'rewritten'`,
      'DELETE FROM "AuditLog"',
      'TRUNCATE "AuditLog"',
      'DELETE FROM "PledgeSignature"',
      'SET session_replication_role = replica',
      'ALTER ROLE cumthidua_app SUPERUSER',
      'GRANT cumthidua_owner TO cumthidua_app',
    ]
    for (const query of refused) await expect(sql(query), query).rejects.toThrow(/permission denied|must be owner|must be superuser/)
    const triggers = await db.$queryRaw<{ tgname: string; tgenabled: string }[]>`
      SELECT tgname, tgenabled::text AS tgenabled FROM pg_trigger WHERE tgrelid = '"AuditLog"'::regclass AND NOT tgisinternal ORDER BY tgname`
    expect(triggers).toEqual([
      { tgname: 'AuditLog_no_truncate', tgenabled: 'O' },
      { tgname: 'AuditLog_no_update_delete', tgenabled: 'O' },
    ])
    expect(await db.auditLog.count()).toBe(before)
  })

  it('adds and reads audit rows and changes the other tables, which is all the app needs', async () => {
    const row = await db.auditLog.create({ data: { action: 'test.append', entity: 'Test' } })
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).action).toBe('test.append')
    const unit = await db.unit.findFirstOrThrow({ select: { id: true } })
    await db.unit.update({ where: { id: unit.id }, data: { validFrom: new Date('2000-01-01') } })
  })

  it('is set up on a database created before the roles existed, which then belongs to the owner', async () => {
    // A database as an earlier version left it: migrated by the superuser, who owns everything.
    const superuser = new URL(process.env.TEST_SUPERUSER_URL!)
    const name = `legacy_${Date.now().toString(36)}`
    const admin = new pg.Client({
      connectionString: withRole(new URL('/postgres', superuser).toString(), { user: 'postgres', password: 'postgres' }),
    })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const legacy = new URL(`/${name}`, superuser).toString()
    const migrated = spawnSync(process.execPath, ['scripts/db/migrate.mjs', 'deploy'], {
      env: { ...process.env, DATABASE_URL: legacy, MIGRATION_DATABASE_URL: '' },
    })
    expect(migrated.status, String(migrated.stderr)).toBe(0)

    // Roles of their own: setting up the app's roles again would change the passwords other test files use.
    const roles = await setUpRoles(legacy, name, { owner: `${name}_owner`, app: `${name}_app` })
    // As a deployment does it: migrations as the owner, which also gives the app role its rights.
    const deployed = spawnSync(process.execPath, ['scripts/db/migrate.mjs', 'deploy'], {
      env: { ...process.env, MIGRATION_DATABASE_URL: withRole(legacy, roles.owner), DATABASE_URL: withRole(legacy, roles.app) },
    })
    expect(deployed.status, String(deployed.stderr)).toBe(0)
    const app = new pg.Client({ connectionString: withRole(legacy, roles.app) })
    await app.connect()
    try {
      const owners = await app.query(`SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'`)
      expect(owners.rows).toEqual([{ tableowner: `${name}_owner` }])
      await app.query(`INSERT INTO "Province" (id, code, name, "boardName") VALUES ('p1', 'XX', 'Thử', 'Ban thử')`)
      await app.query(`INSERT INTO "AuditLog" (action, entity) VALUES ('test.append', 'Test')`)
      await expect(app.query(`UPDATE "AuditLog" SET action = 'x'`)).rejects.toThrow(/permission denied/)
      await expect(app.query('ALTER TABLE "AuditLog" DISABLE TRIGGER ALL')).rejects.toThrow(/must be owner/)
      expect(await rolePowers(withRole(legacy, roles.app))).toMatchObject({ superuser: false, ownsAuditLog: false })
    } finally {
      await app.end()
    }
  })
})
