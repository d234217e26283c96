import 'server-only'
import { createHash } from 'node:crypto'
import { EventEmitter } from 'node:events'
import pg from 'pg'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient, type Prisma } from './generated/client'
import { env } from '@/lib/env'

// One pool per process, shared by Prisma and by `readRows` below. `next dev` re-evaluates modules
// on every edit, so both are cached on globalThis; without it each edit would open another pool.
const globalForDb = globalThis as unknown as { db?: PrismaClient; pool?: pg.Pool }

function createPool() {
  // pg waits forever for a free connection by default; fail the request instead.
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DB_POOL_MAX, connectionTimeoutMillis: 10_000 })
  // An idle connection the server dropped (restart, network) is an 'error' event on the pool; the
  // pool replaces the connection. Without a listener the event would stop the process, and Prisma
  // only adds its own once it has run a query, which a page served by readRows alone never does.
  pool.on('error', (error) => console.error(`database: an idle connection was lost (${error.message}); the pool opens another`))
  return pool
}

function createClient(pool: pg.Pool) {
  // db.$disconnect() ends the shared pool too, so scripts and tests exit when they are done (and
  // readRows cannot be used after it: call it last).
  const adapter = new PrismaPg(pool, { disposeExternalPool: true })
  // Tests count the SQL statements of a service through query events
  // (docs/decisions/0003-raw-reads-on-the-hot-path.md).
  return process.env.PRISMA_QUERY_EVENTS === '1'
    ? new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] })
    : new PrismaClient({ adapter })
}

const pool = globalForDb.pool ?? createPool()
export const db = globalForDb.db ?? createClient(pool)
if (process.env.NODE_ENV !== 'production') Object.assign(globalForDb, { db, pool })

// The query builder's namespace (Prisma.sql, input types) and the schema's enums, for the rest of lib/.
export { Prisma } from './generated/client'
export type Db = typeof db
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

// Tests count these statements alongside Prisma's query events.
export const readRowsEvents = new EventEmitter()

// The few reads on every signed-in page (the user's rights, the figures grid) run as one SQL
// statement each, straight on the pool: Prisma's $queryRaw adds about 0,5 ms of CPU per
// statement and a model query about 1 ms (measured), which on the busiest page is a tenth of its
// throughput. Read-only, parameterised (`Prisma.sql` keeps values out of the text), outside any
// transaction: writes go through Prisma and runGuarded.
// Each statement is prepared once per connection (named by its text), so PostgreSQL parses and
// plans it once instead of on every page view.
const statementNames = new Map<string, string>()
export async function readRows<T>(query: Prisma.Sql): Promise<T[]> {
  const text = query.text
  let name = statementNames.get(text)
  if (!name) statementNames.set(text, (name = `read_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`))
  const result = await pool.query({ name, text, values: query.values })
  if (process.env.PRISMA_QUERY_EVENTS === '1') readRowsEvents.emit('query', text)
  return result.rows as T[]
}
