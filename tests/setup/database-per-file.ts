// Runs before each integration test file's imports: copies the template into a database of the
// file's own and points DATABASE_URL at it as the app's role (the one `npm start` gives the web
// server), so lib/db/client connects there with the app's rights and no more. Fixtures that must
// do more (empty every table) use TEST_SUPERUSER_URL.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { withRole } from '../../scripts/db/roles.mjs'

const base = inject('pgBaseUrl')
const roles = inject('pgRoles')
const name = `t_${randomBytes(6).toString('hex')}`
const admin = new pg.Client({ connectionString: `${base}/postgres` })
await admin.connect()
// CREATE DATABASE … TEMPLATE fails while another session is copying the same template: retry.
for (let attempt = 0; ; attempt++) {
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE cum_template OWNER ${roles.owner.user}`)
    break
  } catch (error) {
    if (attempt > 20 || (error as { code?: string }).code !== '55006') throw error
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 200))
  }
}
await admin.end()

process.env.DATABASE_URL = withRole(`${base}/${name}`, roles.app)
process.env.TEST_OWNER_URL = withRole(`${base}/${name}`, roles.owner)
process.env.TEST_SUPERUSER_URL = `${base}/${name}`
process.env.AUTH_SECRET ??= 'integration-tests-secret-not-for-production'
process.env.PRISMA_QUERY_EVENTS = '1' // lets tests count SQL statements (lib/db/client.ts)
