// Part of `npm run bench` (run with node --conditions=react-server --import tsx, DATABASE_URL set):
// adds a 20-member × 80-indicator cluster for 2030 to the bench database, then times loading its
// grid and saving every cell of it (actual and province target: 3.200 changes) in one transaction.
import { db } from '@/lib/db/client'
import { loadGrid } from '@/lib/indicators/load-grid'
import { runGuarded } from '@/lib/auth/run-guarded'
import { saveGridDefinition } from '@/lib/indicators/definitions'
import { loadPrincipal } from '@/lib/auth/load-principal'

const province = await db.province.findUniqueOrThrow({ where: { code: 'HT' } })
const board = await db.user.findUniqueOrThrow({ where: { email: 'ban.tdkt@hatinh.test' } })
const cluster = await db.cluster.create({ data: { provinceId: province.id, name: `Cụm bench ${Date.now()}` } })
for (let u = 0; u < 20; u++) {
  const unit = await db.unit.create({
    data: { provinceId: province.id, name: `Xã bench ${cluster.id.slice(-4)} ${u + 1}`, kind: 'COMMUNE' },
  })
  await db.clusterMembership.create({ data: { clusterId: cluster.id, unitId: unit.id, year: 2030, rotationOrder: u + 1 } })
}
await db.indicator.createMany({
  data: Array.from({ length: 80 }, (_, i) => ({
    provinceId: province.id,
    year: 2030,
    code: `B${i}`,
    nameVi: `Chỉ tiêu thử ${i + 1}`,
    nameEn: `Test indicator ${i + 1}`,
    unit: 'tỷ đồng',
    kind: 'AMOUNT' as const,
    decimals: 2,
    groupName: 'Kinh tế',
    periods: ['H1' as const, 'YEAR' as const],
    position: i,
  })),
  skipDuplicates: true,
})
const time = async <T>(fn: () => Promise<T>) => {
  const t = performance.now()
  const r = await fn()
  return [r, performance.now() - t] as const
}
const [grid, loadMs] = await time(() => loadGrid(province.id, cluster.id, 2030, 'YEAR'))
const changes = grid.cells.flatMap((c, i) => [
  { unitId: c.unitId, indicatorId: c.indicatorId, field: 'actual', text: `${1000 + i},5`, expectedVersion: 0 },
  { unitId: c.unitId, indicatorId: c.indicatorId, field: 'target', source: 'Tỉnh giao', text: `${900 + i}`, expectedVersion: 0 },
])
const principal = (await loadPrincipal(board.id))!
const [result, saveMs] = await time(() =>
  runGuarded(saveGridDefinition, {
    principal,
    values: { clusterId: cluster.id, year: '2030', period: 'YEAR', changes: JSON.stringify(changes) },
    ip: 'bench',
  }),
)
const [, reloadMs] = await time(() => loadGrid(province.id, cluster.id, 2030, 'YEAR'))
// Autovacuum analyses the tables within a minute of a big import; do it now so that every round of
// the page measurements sees the same statistics, instead of some rounds before and some after.
await db.$executeRaw`ANALYZE`
console.log(
  JSON.stringify({
    clusterId: cluster.id,
    cells: grid.cells.length,
    changes: changes.length,
    saved: result.ok,
    loadMs: Math.round(loadMs),
    saveMs: Math.round(saveMs),
    reloadFullMs: Math.round(reloadMs),
  }),
)
await db.$disconnect()
