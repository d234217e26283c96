#!/usr/bin/env node
// `npm run bench`: measures, never asserts. Starts the production app exactly as `npm start` does
// (scripts/start.mjs) but in its own data folder and port, signs in as the board, then loads pages
// with autocannon and prints req/s, latencies, CPU and memory. BENCH_SECONDS sets each run (10 s),
// BENCH_ROUNDS the alternating rounds of the grid page and its no-database twin (5).
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { chromium } from '@playwright/test'
import { clientSources, ensureBuild, hashOf, isFresh, stamp } from './lib-build-state.mjs'

const root = path.resolve(import.meta.dirname, '..')
process.chdir(root) // lib-build-state and start.mjs work with paths relative to the project
const PORT = Number(process.env.BENCH_PORT ?? 3300),
  CONNECTIONS = 20,
  ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5),
  dataDir = '.data/bench',
  base = `http://localhost:${PORT}`
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const t0 = Date.now()
const say = (msg) => console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`)

// /proc instead of `ps`: one pass gives parent, name, memory and CPU time of every process.
function processes() {
  const list = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8')
      const field = (key) => status.match(new RegExp(`^${key}:\\s*(\\S+)`, 'm'))?.[1]
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ').trim()
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ') // utime, stime: fields 14, 15
      list.push({
        pid: Number(name),
        ppid: Number(field('PPid')),
        comm: field('Name'),
        cmd,
        rssKb: Number(field('VmRSS') ?? 0),
        ticks: Number(stat[11]) + Number(stat[12]),
      })
    } catch {
      /* exited while we looked */
    }
  }
  return list
}
// Summed RSS counts PostgreSQL's shared buffers once per process; PSS shares them out, so print both.
const pssKb = (pid) => {
  try {
    return Number(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s*(\d+)/m)[1])
  } catch {
    return 0
  }
}
const cpuTicks = () => readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1, 9).map(Number)
const cpuBusyTicks = () =>
  cpuTicks()
    .filter((_, i) => i !== 3 && i !== 4)
    .reduce((a, b) => a + b, 0)
// Time the hypervisor gave this virtual machine's cores to someone else: noise we cannot remove.
const stealTicks = () => cpuTicks()[7]
// Only descendants of our start.mjs: another app (npm start, e2e) may run next-server and postgres too.
function snapshot() {
  const all = processes()
  const ours = new Set([server.pid])
  for (let grew = true; grew;) {
    grew = false
    for (const p of all)
      if (!ours.has(p.pid) && ours.has(p.ppid)) {
        ours.add(p.pid)
        grew = true
      }
  }
  const mine = all.filter((p) => ours.has(p.pid) && p.pid !== server.pid)
  const next = mine.filter((p) => p.cmd.startsWith('next-server')),
    pg = mine.filter((p) => p.comm === 'postgres')
  const sum = (ps, f) => ps.reduce((n, p) => n + f(p), 0)
  const pgTicks = Object.fromEntries(pg.map((p) => [p.pid, p.ticks])),
    appTicks = Object.fromEntries(mine.map((p) => [p.pid, p.ticks]))
  return {
    pgTicks,
    appTicks,
    nextKb: sum(next, (p) => p.rssKb),
    nextPids: next.map((p) => p.pid),
    pgKb: sum(pg, (p) => p.rssKb),
    pgPssKb: sum(pg, (p) => pssKb(p.pid)),
    pgCount: pg.length,
    nextTicks: sum(next, (p) => p.ticks),
    busy: cpuBusyTicks(),
    steal: stealTicks(),
    self: process.cpuUsage(),
  }
}
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`
const pgLine = (s) => `${mb(s.pgKb)} RSS summed (${mb(s.pgPssKb)} PSS) over ${s.pgCount} processes`

let server = null
async function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  server.kill('SIGINT') // start.mjs stops next-server, then the embedded PostgreSQL, then exits
  await exited
}

async function waitForSignIn(since, timeoutMs = 300_000) {
  while (Date.now() - since < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`start.mjs exited with code ${server.exitCode} (log: ${dataDir}/server.log)`)
    try {
      const res = await fetch(`${base}/sign-in`, { redirect: 'manual' })
      if (res.status === 200) return
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error('the app did not answer /sign-in in time')
}

// A real browser runs the real form (Auth.js credentials + CSRF), so the cookie is what users get.
async function signIn() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const context = await browser.newContext({ locale: 'vi-VN' })
    const page = await context.newPage()
    await page.goto(`${base}/sign-in`)
    await page.getByLabel('Thư điện tử').fill('ban.tdkt@hatinh.test')
    await page.getByLabel('Mật khẩu').fill('ThiDua@2021')
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL(`${base}/`)
    const clusterId = (await page.content()).match(/\/clusters\/([^/"?]+)\/2021/)?.[1]
    if (!clusterId) throw new Error('no /clusters/<id>/2021 link on the board home')
    const cookie = (await context.cookies(base)).map((c) => `${c.name}=${c.value}`).join('; ')
    return { cookie, clusterId }
  } finally {
    await browser.close()
  }
}

// A database backend that exits during the run (the pool closes idle connections) takes its CPU
// time with it, so these are lower bounds: CPU of the processes alive at the end of the run.
const delta = (key) => (before, after) => Object.entries(after[key]).reduce((n, [pid, t]) => n + t - (before[key][pid] ?? 0), 0)
const pgDelta = delta('pgTicks'),
  appDelta = delta('appTicks')

async function measure(label, url, headers = {}) {
  // Warm-up outside the measurement: the first renders load route modules and fill caches.
  for (let i = 0; i < 10; i++) await fetch(url, { headers, redirect: 'manual' }).then((r) => r.arrayBuffer())
  const before = snapshot()
  // Memory peaks while the connections are busy: the pool closes idle database connections after 10 s.
  let during,
    timer = setTimeout(() => (during = snapshot()), seconds * 900)
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers })
  clearTimeout(timer)
  const after = snapshot(),
    ticks = (k) => after[k] - before[k]
  const selfTicks = (after.self.user + after.self.system - before.self.user - before.self.system) / 1e4
  // CPU per request does not depend on what else runs on the machine; req/s does (2 cores shared).
  return {
    label,
    path: new URL(url).pathname,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    kb: r.throughput.total / Math.max(r.requests.total, 1) / 1024,
    cpuMs: (ticks('nextTicks') * 10) / Math.max(r.requests.total, 1),
    pgMs: (pgDelta(before, after) * 10) / Math.max(r.requests.total, 1),
    otherPct: (Math.max(0, ticks('busy') - appDelta(before, after) - selfTicks) / (seconds * 100 * os.cpus().length)) * 100,
    stealPct: (ticks('steal') / (seconds * 100 * os.cpus().length)) * 100,
    during,
  }
}

try {
  // Same order as start.mjs: the build compiles against the generated Prisma client, so refresh it first.
  const clientHash = hashOf(clientSources)
  if (!isFresh('lib/db/generated/.source-hash', clientHash)) {
    if (spawnSync('node_modules/.bin/prisma', ['generate'], { stdio: 'inherit' }).status !== 0) throw new Error('prisma generate failed')
    stamp('lib/db/generated/.source-hash', clientHash)
  }
  if (!ensureBuild(process.env, say)) throw new Error('next build failed')
  say(`starting scripts/start.mjs on :${PORT}, data in ${dataDir} (fresh database), log in ${dataDir}/server.log`)
  mkdirSync(dataDir, { recursive: true })
  const log = openSync(`${dataDir}/server.log`, 'w')
  const started = Date.now()
  server = spawn('node', ['scripts/start.mjs'], {
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      PORT: String(PORT),
      DATA_DIR: dataDir,
      E2E_FRESH_DATA: '1',
      DATABASE_URL: '',
      AUTH_SECRET: 'bench-secret-not-for-production-0123456789',
      NEXT_TELEMETRY_DISABLED: '1',
      BENCH_PAGES: '1',
    },
  })
  await waitForSignIn(started)
  const firstPage = (Date.now() - started) / 1000
  // Another engineer editing the tree between our build and start.mjs's check makes it build again.
  const rebuilt = readFileSync(`${dataDir}/server.log`, 'utf8').includes('building the app')
    ? ' (includes a rebuild: sources changed meanwhile)'
    : ''
  say(`first page after ${firstPage.toFixed(1)} s (initdb, migrations, seed, next start)`)

  const { cookie, clusterId } = await signIn()
  say(`signed in as the board; cluster ${clusterId}`)
  // The big grid (20 members × 80 indicators), seeded into the bench database and timed in-process.
  const pgPort = readFileSync(`${dataDir}/server.log`, 'utf8').match(/embedded PostgreSQL running on port (\d+)/)?.[1]
  const gridRun = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/bench-grid.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      DATABASE_URL: `postgresql://postgres:postgres@127.0.0.1:${pgPort}/cumthidua`,
      AUTH_SECRET: 'bench-secret-not-for-production-0123456789',
    },
  })
  if (gridRun.status !== 0) throw new Error(`bench-grid failed: ${gridRun.stderr}`)
  const big = JSON.parse(gridRun.stdout.trim().split('\n').at(-1))
  say(
    `big grid: ${big.cells} cells loaded in ${big.loadMs} ms; ${big.changes} changes saved in one transaction in ${big.saveMs} ms; reloaded in ${big.reloadFullMs} ms`,
  )
  await new Promise((r) => setTimeout(r, 2000)) // let the sign-in work settle before "at rest"
  const atRest = snapshot()

  const results = []
  for (const [label, p, headers] of [
    ['sign-in (no cookie)', '/sign-in', {}],
    ['board home', '/', { cookie }],
    ['cluster-year', `/clusters/${clusterId}/2021`, { cookie }],
    ['verify (public)', '/verify', {}],
  ]) {
    say(`loading ${p} for ${seconds} s…`)
    results.push(await measure(label, base + p, headers))
  }
  // The grid page and its no-database twin take turns, round after round, so that a slower minute
  // of the machine (2 shared cores) weighs on both sides of the ratio alike.
  const pair = [
    ['grid 20×80 (db)', `/clusters/${big.clusterId}/2030/figures`, { cookie }],
    ['grid 20×80 (no db)', `/bench/grid?cluster=${big.clusterId}&year=2030`, {}],
  ]
  const rounds = []
  for (let round = 1; round <= ROUNDS; round++) {
    const runs = []
    for (const [label, p, headers] of pair) {
      say(`round ${round}/${ROUNDS}: loading ${p} for ${seconds} s…`)
      runs.push(await measure(label, base + p, headers))
    }
    rounds.push(runs)
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length
  for (let i = 0; i < pair.length; i++) {
    const runs = rounds.map((r) => r[i])
    results.push({
      ...runs[0],
      ...Object.fromEntries(
        ['rps', 'p50', 'p99', 'kb', 'cpuMs', 'pgMs', 'otherPct', 'stealPct'].map((k) => [
          k,
          Math.round(mean(runs.map((r) => r[k])) * 10) / 10,
        ]),
      ),
      non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
      errors: runs.reduce((n, r) => n + r.errors, 0),
      during: runs.at(-1).during,
    })
  }
  const afterLoad = snapshot()
  const peak = results.reduce((m, r) => (r.during && r.during.nextKb > m.nextKb ? r.during : m), atRest)
  const pgPeak = results.reduce((m, r) => (r.during && r.during.pgKb > m.pgKb ? r.during : m), atRest)

  const pad = (s, n) => String(s).padEnd(n)
  const lines = [
    '',
    `Benchmark ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${os.cpus().length} cores · Node ${process.versions.node} · ${CONNECTIONS} connections × ${seconds} s per page`,
    `Time to first page (fresh database): ${firstPage.toFixed(1)} s${rebuilt}`,
    '',
    `${pad('page', 21)}${pad('path', 58)}${pad('req/s', 8)}${pad('p50', 8)}${pad('p99', 8)}${pad('non-2xx', 8)}${pad('KB/resp', 8)}${pad('CPU/req', 9)}${pad('DB CPU', 8)}other load`,
    ...results.map(
      (r) =>
        `${pad(r.label, 21)}${pad(r.path, 58)}${pad(r.rps.toFixed(1), 8)}${pad(`${r.p50} ms`, 8)}${pad(`${r.p99} ms`, 8)}${pad(r.non2xx + (r.errors ? ` +${r.errors}e` : ''), 8)}${pad(r.kb.toFixed(1), 8)}${pad(`${r.cpuMs.toFixed(1)} ms`, 9)}${pad(`${r.pgMs.toFixed(1)} ms`, 8)}${r.otherPct.toFixed(0)} % (steal ${r.stealPct.toFixed(0)} %)`,
    ),
    "(CPU/req: next-server CPU time per response; DB CPU: PostgreSQL's per response, at least; other load: share of all cores used outside this benchmark, including the hypervisor's steal)",
    '',
    `next-server RSS (pid ${atRest.nextPids.join(',') || '?'}): ${mb(atRest.nextKb)} at rest → ${mb(peak.nextKb)} peak under load → ${mb(afterLoad.nextKb)} right after`,
    `PostgreSQL (${dataDir}): at rest ${pgLine(atRest)}; under load ${pgLine(pgPeak)}; right after ${pgLine(afterLoad)}`,
  ]
  // A redirect to /sign-in or an error page answers fast: such a run measures the wrong thing.
  const [withDb, noDb] = results.slice(-2)
  const perRound = rounds.map(([a, b]) => (a.rps / b.rps).toFixed(2)).join(', ')
  lines.push(
    '',
    `grid page with database ÷ same HTML without: ${(withDb.rps / noDb.rps).toFixed(2)} (the goal is ≥ 0.8; ${ROUNDS} alternating rounds of ${seconds} s each: ${perRound})`,
    `big grid save: ${big.changes} changes in one transaction: ${big.saveMs} ms; load ${big.loadMs} ms (${big.cells} cells)`,
  )
  const rejected = results.filter((r) => r.non2xx > 0 || r.errors > 0)
  for (const r of rejected) lines.push(`REJECTED ${r.path}: ${r.non2xx} non-2xx, ${r.errors} errors/timeouts — its figures do not count`)
  console.log(lines.join('\n'))
  await stopServer()
  say('server stopped')
  process.exit(0)
} catch (error) {
  console.error(`\n✖ bench failed: ${error?.stack ?? error}\n`)
  await stopServer().catch(() => {})
  process.exit(1)
}
