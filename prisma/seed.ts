// Seeds the demo data (the real case of Hà Tĩnh Cluster No. 2) when the database is empty.
// Run by the start script after migrations, as the tables' owner; `tsx prisma/seed.ts` runs it by
// hand. DEMO_STAGE chooses how far the story goes (prisma/demo-data.ts).
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../lib/db/generated/client'
import { demoStages, isDemoStage, seedDemo } from './demo-data'

const url = process.env.DATABASE_URL
if (!url) throw new Error('DATABASE_URL is not set')
const stage = process.env.DEMO_STAGE || 'after-handover'
if (!isDemoStage(stage)) throw new Error(`DEMO_STAGE must be one of ${demoStages.join(', ')} (got "${stage}")`)
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) })
try {
  if ((await db.province.count()) > 0) {
    console.log('seed: the database already has data; nothing seeded')
  } else {
    const started = Date.now()
    await seedDemo(db, stage)
    console.log(`seed: demo data of Hà Tĩnh Cluster No. 2 (${stage}) written in ${Date.now() - started} ms`)
  }
} finally {
  await db.$disconnect()
}
