// The two database roles (docs/decisions/0006-app-database-role.md):
//   owner — owns the schema and every table; migrations and the demo seed run as it;
//   app   — what the web app connects as: reads and writes rows, owns nothing, may not change the
//           schema, and may only add and read audit rows. Whoever steals the app's credentials
//           cannot switch off the audit log's append-only trigger (that needs the table's owner).
// The embedded default sets both up on every start (new passwords each time, so nothing is stored)
// and upgrades a database created before the roles existed. With DATABASE_URL (the app) and
// MIGRATION_DATABASE_URL (the owner) set, `npm start` applies the app's grants as the owner after
// the migrations; the README shows the SQL to create the roles.
import { randomBytes } from 'node:crypto'
import pg from 'pg'

export const ROLES = { owner: 'cumthidua_owner', app: 'cumthidua_app' }

/** The same URL with another role's user name and password. */
export function withRole(url, { user, password }) {
  const u = new URL(url)
  u.username = encodeURIComponent(user)
  u.password = encodeURIComponent(password)
  return u.toString()
}

/** The role a URL connects as. */
export const roleOf = (url) => decodeURIComponent(new URL(url).username)

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

const id = (client, name) => client.escapeIdentifier(name)

/**
 * As a superuser: both roles (created, or reset to no special powers with new passwords), the
 * database owned by the owner role, and every object in its public schema too.
 * @returns {Promise<{ owner: { user: string, password: string }, app: { user: string, password: string } }>}
 */
export async function setUpRoles(superuserUrl, dbName, names = ROLES) {
  const creds = {
    owner: { user: names.owner, password: randomBytes(18).toString('base64url') },
    app: { user: names.app, password: randomBytes(18).toString('base64url') },
  }
  const server = new URL(superuserUrl)
  server.pathname = '/postgres'
  await withClient(server.toString(), async (client) => {
    for (const { user, password } of Object.values(creds)) {
      const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [user])
      const powers = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS'
      await client.query(`${rowCount ? 'ALTER' : 'CREATE'} ROLE ${id(client, user)} ${powers} PASSWORD ${client.escapeLiteral(password)}`)
    }
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName])
    if (!rowCount) await client.query(`CREATE DATABASE ${id(client, dbName)} OWNER ${id(client, names.owner)}`)
    else await client.query(`ALTER DATABASE ${id(client, dbName)} OWNER TO ${id(client, names.owner)}`)
  })
  const database = new URL(superuserUrl)
  database.pathname = `/${encodeURIComponent(dbName)}`
  await withClient(database.toString(), (client) => transferOwnership(client, dbName, names))
  return creds
}

// A database created before the roles existed belongs to the superuser: hand the schema and every
// object in it to the owner role. Sequences that belong to a column follow their table.
async function transferOwnership(client, dbName, names) {
  const owner = id(client, names.owner)
  await client.query('BEGIN')
  try {
    await client.query(`ALTER SCHEMA public OWNER TO ${owner}`)
    const objects = await client.query(
      `SELECT format('ALTER %s %s OWNER TO ', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, c.oid::regclass) AS sql
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND c.relowner <> $1::regrole
          AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
       UNION ALL
       SELECT format('ALTER TYPE %s OWNER TO ', t.oid::regtype) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND t.typowner <> $1::regrole
       UNION ALL
       SELECT format('ALTER ROUTINE %s OWNER TO ', p.oid::regprocedure) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND p.proowner <> $1::regrole`,
      [names.owner],
    )
    for (const { sql } of objects.rows) await client.query(sql + owner)
    // Nobody else creates objects here or connects, except the app.
    await client.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC')
    await client.query(`REVOKE ALL ON DATABASE ${id(client, dbName)} FROM PUBLIC`)
    await client.query(`GRANT CONNECT ON DATABASE ${id(client, dbName)} TO ${id(client, names.app)}`)
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
}

/**
 * As the owner, after the migrations: exactly the rights the app needs, whatever it had before.
 * Rows are read, added and changed, never deleted (corrections are new records); audit rows are
 * only added and read. Tables added by later migrations get the same rights by default.
 */
export async function grantAppRole(ownerUrl, appRole) {
  await withClient(ownerUrl, async (client) => {
    const app = id(client, appRole)
    const { rows } = await client.query(
      `SELECT to_regclass('public."AuditLog"') IS NOT NULL AS audit, to_regclass('public._prisma_migrations') IS NOT NULL AS migrations`,
    )
    await client.query('BEGIN')
    try {
      await client.query(`GRANT USAGE ON SCHEMA public TO ${app}`)
      await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`)
      await client.query(`GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO ${app}`)
      if (rows[0].audit) await client.query(`REVOKE UPDATE ON "AuditLog" FROM ${app}`)
      if (rows[0].migrations) await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${app}`)
      await client.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${app}`)
      await client.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${app}`)
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE ON TABLES TO ${app}`)
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO ${app}`)
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK')
      throw error
    }
  })
}

/** What the role behind a URL could do to the audit log: a superuser or the tables' owner can switch its protection off. */
export async function rolePowers(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT current_user AS role, r.rolsuper AS superuser,
              COALESCE((SELECT pg_has_role(current_user, c.relowner, 'MEMBER') FROM pg_class c
                          JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname = 'public' AND c.relname = 'AuditLog'), false) AS "ownsAuditLog"
         FROM pg_roles r WHERE r.rolname = current_user`,
    )
    return rows[0]
  })
}
