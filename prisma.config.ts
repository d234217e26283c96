import path from 'node:path'
import { defineConfig } from 'prisma/config'

// Offline machines cannot download Prisma's native schema engine. `prisma generate` never runs
// it but insists the file exists, so point it at any existing file unless one is configured.
// Migrations use the WebAssembly engine instead: see scripts/db/migrate.mjs.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve('package.json')

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/unused' },
})
