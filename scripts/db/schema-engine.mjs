// Prisma's schema engine (the part behind `prisma migrate`) as WebAssembly, driven through a
// PostgreSQL driver adapter. Offline machines cannot download the native `schema-engine` binary
// that the Prisma CLI wants; the WebAssembly build of the same engine ships on npm
// (@prisma/schema-engine-wasm, pinned to the version whose engine hash matches prisma's CLI).
//
// The engine talks to the database only through a "migration-aware" driver adapter. adapter-pg is
// written for queries, not migrations, so this module fixes four things around it (see
// docs/decisions/0002-migrations-through-the-webassembly-engine.md): the "char" column type, the shadow database's connection settings,
// creating/dropping the shadow database, and scripts with $$ bodies.
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils'
import pg from 'pg'

// Without this registry a Rust panic inside the engine surfaces as "unreachable" with no message:
// the wasm glue calls PRISMA_WASM_PANIC_REGISTRY.set_message(...) just before trapping.
const panicRegistry = (globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: null,
  set_message(message) {
    this.message = message
  },
})
// A panic inside an engine future escapes as an uncaught "RuntimeError: unreachable" (the engine's
// promise never settles), so it cannot be turned into a rejection: at least say what panicked.
process.on('uncaughtExceptionMonitor', (err) => {
  if (err instanceof WebAssembly.RuntimeError && panicRegistry.message) {
    console.error(`schema engine panicked: ${panicRegistry.message}`)
  }
})

// Trap: the engine arms 10 s and 60 s timers (timeouts around its work) and never clears them, so
// a script that is done waits a minute before it exits. We record them and clear them once no
// engine is running.
const engineTimers = new Set()
let runningEngines = 0
function clearEngineTimers() {
  if (runningEngines > 0) return
  for (const t of engineTimers) clearTimeout(t)
  engineTimers.clear()
}

let enginePromise
/** Load the engine once per process. The package's own entry point imports the .wasm file as an
 *  ES module, which Node 20 does not do without a flag, so we instantiate it by hand. */
function loadEngineModule() {
  enginePromise ??= (async () => {
    // (createRequire rather than import.meta.resolve, which Vitest's module runner may not provide.)
    const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg')
    const glue = await import(pathToFileURL(gluePath).href)
    const imports = { ...glue }
    for (const name of Object.keys(glue).filter((n) => n.startsWith('__wbg_setTimeout_'))) {
      imports[name] = (...args) => {
        const timer = glue[name](...args)
        engineTimers.add(timer)
        return timer
      }
    }
    const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'))
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': imports })
    glue.__wbg_set_wasm(instance.exports)
    instance.exports.__wbindgen_start()
    return glue
  })()
  return enginePromise
}

/** postgresql://user:pass@host:port/db?schema=s → separate pg settings.
 *  Pitfall 2: adapter-pg opens the shadow database with `{ ...config, database }`, and with a
 *  `connectionString` in the config pg lets the URL's database win: the "shadow" would be the main
 *  database. Separate fields make the override work. */
export function parseDatabaseUrl(url) {
  const u = new URL(url)
  if (!/^postgres(ql)?:$/.test(u.protocol)) throw new Error(`not a PostgreSQL URL: ${u.protocol}`)
  const q = u.searchParams
  const sslmode = q.get('sslmode')
  return {
    config: {
      host: q.get('host') ?? (decodeURIComponent(u.hostname.replace(/^\[|\]$/g, '')) || 'localhost'),
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database: decodeURIComponent(u.pathname.slice(1)) || 'postgres',
      ...(sslmode && sslmode !== 'disable' && sslmode !== 'prefer'
        ? { ssl: { rejectUnauthorized: sslmode === 'verify-full' || sslmode === 'verify-ca' } }
        : {}),
    },
    schema: q.get('schema') ?? undefined,
  }
}

const PG_CHAR_OID = 18
const PG_TEXT_OID = 25

/** Patch one adapter-pg queryable (adapter or transaction) instance. */
function fixQueryable(q) {
  // Pitfall 1: the engine reads catalog columns of Postgres' internal "char" type (oid 18, e.g.
  // pg_constraint.contype); adapter-pg refuses that oid. Let adapter-pg see text, then label those
  // columns Character, which is what the engine expects (plain Text is refused on PostgreSQL 18).
  // The column positions travel on the rows array, which queryRaw passes through unchanged.
  const performIO = q.performIO.bind(q)
  q.performIO = async (query) => {
    const result = await performIO(query)
    const charColumns = []
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID
        charColumns.push(i)
      }
    })
    if (charColumns.length) result.rows.charColumns = charColumns
    return result
  }
  const queryRaw = q.queryRaw.bind(q)
  q.queryRaw = async (query) => {
    const result = await queryRaw(query)
    for (const i of result.rows.charColumns ?? []) result.columnTypes[i] = ColumnTypeEnum.Character
    return result
  }
  if (q.startTransaction) {
    const startTransaction = q.startTransaction.bind(q)
    q.startTransaction = async (...args) => fixQueryable(await startTransaction(...args))
  }
  if (q.executeScript) {
    // Pitfall 4: adapter-pg's executeScript splits the script on ";", which cuts `$$ … $$` function
    // bodies apart. Send the whole script as one simple query, as the native engine does.
    q.executeScript = async (script) => {
      try {
        await q.underlyingDriver().query(script)
      } catch (err) {
        q.onError(err) // rethrows as a DriverAdapterError the engine understands
      }
    }
  }
  return q
}

/**
 * Run fn(engine) with a schema engine connected to the database at `url`, then free everything.
 * Shadow databases the engine asks for are created here and dropped WITH (FORCE) afterwards.
 * DEBUG_SCHEMA_ENGINE=1 prints the engine's own log to stderr.
 */
export async function withSchemaEngine(url, { schemaFiles = [] } = {}, fn) {
  const { SchemaEngine } = await loadEngineModule()
  const { config, schema } = parseDatabaseUrl(url)
  const options = schema ? { schema } : undefined
  const shadows = new Set()

  async function admin(sql) {
    const client = new pg.Client(config)
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  // Pitfall 3: adapter-pg drops its shadow database before closing the pool that still uses it
  // ("database … is being accessed by other users"). We create it, and drop it with FORCE.
  const dropShadow = async (name) => {
    if (!shadows.delete(name)) return
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  }

  // Every pool we open is closed when fn is done, whether or not the engine disposed of it: an
  // open pg pool would keep the process alive for its idle timeout.
  const open = new Set()
  async function connect(cfg, afterDispose) {
    const adapter = fixQueryable(await new PrismaPg(cfg, options).connect())
    const dispose = adapter.dispose.bind(adapter)
    let disposing
    adapter.dispose = () =>
      (disposing ??= (async () => {
        open.delete(adapter)
        await dispose()
        await afterDispose?.()
      })())
    open.add(adapter)
    return adapter
  }
  const factory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connect(config),
    connectToShadowDb: async () => {
      const name = `prisma_shadow_${randomUUID().replaceAll('-', '')}`
      await admin(`CREATE DATABASE "${name}"`)
      shadows.add(name)
      return connect({ ...config, database: name }, () => dropShadow(name))
    },
  }

  panicRegistry.message = null
  runningEngines++
  let engine
  try {
    engine = await SchemaEngine.new(
      { datamodels: schemaFiles.map((f) => [f.path, f.content]) },
      // The engine logs every step as JSON (including whole scripts): only when asked.
      (line) => {
        if (process.env.DEBUG_SCHEMA_ENGINE) console.error(`schema-engine: ${line}`)
      },
      bindMigrationAwareSqlAdapterFactory(factory),
    )
    return await fn(engine)
  } catch (err) {
    throw engineError(err)
  } finally {
    engine?.free()
    for (const adapter of [...open]) await adapter.dispose().catch(() => {})
    for (const name of [...shadows]) await dropShadow(name).catch(() => {})
    runningEngines--
    clearEngineTimers()
  }
}

/** Engine errors arrive as objects or bare RuntimeErrors; make them readable Errors. */
function engineError(err) {
  if (panicRegistry.message) {
    const e = new Error(`schema engine panicked: ${panicRegistry.message}`, { cause: err })
    panicRegistry.message = null
    return e
  }
  if (err instanceof Error) return err
  const message = err?.message ?? err?.error ?? JSON.stringify(err)
  return Object.assign(new Error(String(message)), { code: err?.error_code ?? err?.code, cause: err })
}
