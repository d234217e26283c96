// Seeds the demo data (the real case of Hà Tĩnh Cluster No. 2) when the database is empty.
// Run by the start script after migrations; `tsx prisma/seed.ts` runs it by hand.
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../lib/db/generated/client'
import { seedDemo, type DemoStage } from './demo-data'

const url = process.env.DATABASE_URL
if (!url) throw new Error('DATABASE_URL is not set')
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) })
try {
  if ((await db.province.count()) > 0) {
    console.log('seed: the database already has data; nothing seeded')
  } else {
    const started = Date.now()
    const stage: DemoStage = process.env.DEMO_STAGE === 'before-handover' ? 'before-handover' : 'after-handover'
    await seedDemo(db, stage)
    console.log(`seed: demo data of Hà Tĩnh Cluster No. 2 written in ${Date.now() - started} ms`)
  }
} finally {
  await db.$disconnect()
}
