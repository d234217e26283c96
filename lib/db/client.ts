import 'server-only'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from './generated/client'
import { env } from '@/lib/env'

// One client (one pool) per process. `next dev` re-evaluates modules on every edit, so the client
// is cached on globalThis; without it each edit would open another pool.
const globalForDb = globalThis as unknown as { db?: PrismaClient }

function createClient() {
  const adapter = new PrismaPg({
    connectionString: env.DATABASE_URL,
    max: env.DB_POOL_MAX,
    // pg waits forever for a free connection by default; fail the request instead.
    connectionTimeoutMillis: 10_000,
  })
  // Tests count the SQL statements of a service (STYLE.md habit 7) through query events.
  return process.env.PRISMA_QUERY_EVENTS === '1'
    ? new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] })
    : new PrismaClient({ adapter })
}

export const db = globalForDb.db ?? createClient()
if (process.env.NODE_ENV !== 'production') globalForDb.db = db

export type Db = typeof db
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]
