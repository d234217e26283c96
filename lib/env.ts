import 'server-only'
import { z } from 'zod'

// Parsed once at start-up: a missing or malformed variable stops the server with a clear reason
// instead of failing on the first request that needs it.
const schema = z.object({
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgresql:// URL' }),
  AUTH_SECRET: z.string().min(16, { message: 'AUTH_SECRET is required (at least 16 characters)' }),
  DB_POOL_MAX: z.coerce.number().int().positive().default(10),
  SESSION_MAX_AGE_HOURS: z.coerce.number().positive().default(8),
})

export type Env = z.infer<typeof schema>

function parseEnv(): Env {
  const parsed = schema.safeParse(process.env)
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid environment: ${reasons}`)
  }
  return parsed.data
}

export const env = parseEnv()
