import { beforeEach, describe, expect, it } from 'vitest'
import { db, readRowsEvents } from '@/lib/db/client'
import { runGuarded } from '@/lib/auth/run-guarded'
import { loadFigures, loadGrid } from '@/lib/indicators/load-grid'
import { saveGridDefinition } from '@/lib/indicators/definitions'
import { percentOfPrevious, percentOfTarget } from '@/lib/indicators/calc/compare'
import { formatPercent, formatVnNumber } from '@/lib/indicators/calc/vn-number'
import { demoIds, emails, principalFor } from '../fixtures/demo'
import { createStaff } from '../fixtures/factories'
import { resetToDemo } from '../fixtures/reset'

const ip = '127.0.0.1'
let ids: Awaited<ReturnType<typeof demoIds>>

// Counts the SQL statements sent while fn runs, through Prisma and through readRows (both emit
// query events in tests).
let statements = 0
;(db as unknown as { $on: (e: 'query', cb: () => void) => void }).$on('query', () => void statements++)
readRowsEvents.on('query', () => void statements++)
async function countQueries<T>(fn: () => Promise<T>) {
  statements = 0
  const result = await fn()
  return { result, queries: statements }
}

// The 2021 figures as the members entered them, before the demo's review confirmed (and locked) them.
beforeEach(async () => {
  await resetToDemo('after-handover', { skip: ['figuresConfirmed'] })
  ids = await demoIds()
})

const indicator = async (code: string, year = 2021) => (await db.indicator.findFirstOrThrow({ where: { code, year } })).id
const save = async (email: string, changes: object[], year = 2021) =>
  runGuarded(saveGridDefinition, {
    principal: await principalFor(email),
    values: { clusterId: ids.clusterId, year: String(year), period: 'YEAR', changes: JSON.stringify(changes) },
    ip,
  })

describe('the entry grid of the real case', () => {
  it('computes Lộc Hà’s grain output as reported: 19.000 tấn — 108,1% kế hoạch — 107,7% so với cùng kỳ', async () => {
    const grid = await loadGrid(ids.provinceId, ids.clusterId, 2021, 'YEAR')
    const slLt = grid.indicators.find((i) => i.code === 'SL_LT')!
    const cell = grid.cells.find((c) => c.unitId === ids.unit('Lộc Hà') && c.indicatorId === slLt.id)!
    const rule = { ...slLt, min: null, max: null }
    const line = `${formatVnNumber(cell.actual!, 0)} ${slLt.unit} — ${formatPercent(percentOfTarget({ actual: cell.actual, target: cell.targets['Tỉnh giao'].value, previous: cell.previous, rule }))} kế hoạch — ${formatPercent(percentOfPrevious(cell.actual, cell.previous, rule))} so với cùng kỳ`
    expect(line).toBe('19.000 tấn — 108,1% kế hoạch — 107,7% so với cùng kỳ')
    expect(cell.qualifier).toBe('OVER')
  })

  it('loads and saves in a fixed number of statements whatever the grid’s size', async () => {
    const small = await countQueries(() => loadGrid(ids.provinceId, ids.clusterId, 2021, 'YEAR'))
    // Twenty more indicators and six more members make a bigger grid: the same number of queries.
    await db.indicator.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({
        provinceId: ids.provinceId,
        year: 2021,
        code: `X${i}`,
        nameVi: `Chỉ tiêu ${i}`,
        nameEn: `Indicator ${i}`,
        unit: 'ha',
        kind: 'AMOUNT' as const,
        groupName: 'Khác',
        periods: ['YEAR' as const],
      })),
    })
    for (let i = 0; i < 6; i++) {
      const unit = await db.unit.create({ data: { provinceId: ids.provinceId, name: `Xã ${i}`, kind: 'COMMUNE' } })
      await db.clusterMembership.create({ data: { clusterId: ids.clusterId, unitId: unit.id, year: 2021 } })
    }
    const big = await countQueries(() => loadGrid(ids.provinceId, ids.clusterId, 2021, 'YEAR'))
    expect(big.result.cells.length).toBe(12 * 26)
    const one = await loadGrid(ids.provinceId, ids.clusterId, 2021, 'YEAR', ids.unit('Kỳ Anh'))
    expect([one.members.map((m) => m.name), one.cells.length]).toEqual([['Kỳ Anh'], 26])
    // The whole grid, whatever its size, is one statement.
    expect([small.queries, big.queries]).toEqual([1, 1])

    const cells = big.result.cells.map((c) => ({
      unitId: c.unitId,
      indicatorId: c.indicatorId,
      field: 'actual',
      text: '1',
      expectedVersion: c.version,
    }))
    const secretariat = await principalFor(emails.vuQuangSecretariat)
    const saveAs = (changes: object[]) =>
      runGuarded(saveGridDefinition, {
        principal: secretariat,
        values: { clusterId: ids.clusterId, year: '2021', period: 'YEAR', changes: JSON.stringify(changes) },
        ip,
      })
    // The first save also looks up the cluster's province, which the process then remembers.
    expect((await saveAs(cells.slice(0, 1))).ok).toBe(true)
    const first = await countQueries(() => saveAs(cells.slice(1, 2)))
    const rest = await countQueries(() => saveAs(cells.slice(2)))
    expect([first.result.ok, rest.result.ok]).toEqual([true, true])
    expect(rest.queries).toBe(first.queries)
  })

  it('shows a large cluster one member at a time, with every member’s progress, in one statement', async () => {
    for (let i = 0; i < 6; i++) {
      const unit = await db.unit.create({ data: { provinceId: ids.provinceId, name: `Xã ${i}`, kind: 'COMMUNE' } })
      await db.clusterMembership.create({ data: { clusterId: ids.clusterId, unitId: unit.id, year: 2021 } })
    }
    const view = (unitId?: string) => countQueries(() => loadFigures(ids.provinceId, ids.clusterId, 2021, 'YEAR', { allUpTo: 8, unitId }))
    const first = await view()
    expect(first.queries).toBe(1)
    expect(first.result.clusterName).toBe('Cụm thi đua số 2')
    expect(first.result.progress).toHaveLength(12)
    expect(first.result.grid.members).toEqual([first.result.progress[0].unit])
    expect(first.result.onlyUnitId).toBe(first.result.progress[0].unit.id)
    const kyAnh = (await view(ids.unit('Kỳ Anh'))).result
    expect([kyAnh.grid.members.map((m) => m.name), kyAnh.onlyUnitId]).toEqual([['Kỳ Anh'], ids.unit('Kỳ Anh')])
    // Someone else's unit in the address bar shows the first member, not that unit.
    const stranger = await db.unit.create({ data: { provinceId: ids.provinceId, name: 'Xã ngoài cụm', kind: 'COMMUNE' } })
    expect((await view(stranger.id)).result.grid.members).toEqual([first.result.progress[0].unit])
    // Asked for that unit's rows alone (a download, say), the grid has none.
    expect((await loadGrid(ids.provinceId, ids.clusterId, 2021, 'YEAR', stranger.id)).cells).toEqual([])
    // Each member's count of filled cells matches its own rows of the whole grid.
    const whole = await loadGrid(ids.provinceId, ids.clusterId, 2021, 'YEAR')
    for (const p of first.result.progress) {
      expect(p.filled).toBe(whole.cells.filter((c) => c.unitId === p.unit.id && c.actual !== null).length)
      expect(p.total).toBe(whole.indicators.length)
    }
    expect(first.result.progress.find((p) => p.unit.name === 'Lộc Hà')!.filled).toBeGreaterThan(0)
    // The province is part of every condition: another province's id finds nothing.
    const other = await loadFigures('another-province', ids.clusterId, 2021, 'YEAR', { allUpTo: 8 })
    expect([other.clusterName, other.progress, other.grid.cells]).toEqual([null, [], []])
  })

  it('saves a big grid in one transaction, every cell or none', async () => {
    const grid = await loadGrid(ids.provinceId, ids.clusterId, 2021, 'YEAR')
    const changes = grid.cells.map((c, i) => ({
      unitId: c.unitId,
      indicatorId: c.indicatorId,
      field: 'note',
      text: `ghi chú ${i}`,
      expectedVersion: c.version,
    }))
    expect(await save(emails.vuQuangSecretariat, changes)).toEqual({ ok: true, messageKey: 'indicators.saved' })
    expect(await db.indicatorResult.count({ where: { note: { startsWith: 'ghi chú' } } })).toBe(grid.cells.length)
    expect(await db.auditLog.count({ where: { action: 'figure.change' } })).toBe(grid.cells.length)
  })
})

describe('targets from several sources', () => {
  it('keeps the province’s plan and the council’s plan side by side, each with its % of plan', async () => {
    const slLt = await indicator('SL_LT')
    const change = {
      unitId: ids.unit('Lộc Hà'),
      indicatorId: slLt,
      field: 'target',
      source: 'NQ HĐND huyện',
      text: '18.500',
      expectedVersion: 0,
    }
    expect(await save(emails.vuQuangSecretariat, [change])).toMatchObject({ ok: true })
    const grid = await loadGrid(ids.provinceId, ids.clusterId, 2021, 'YEAR')
    expect(grid.sources).toEqual(['Tỉnh giao', 'NQ HĐND huyện'])
    const cell = grid.cells.find((c) => c.unitId === ids.unit('Lộc Hà') && c.indicatorId === slLt)!
    expect(cell.targets).toMatchObject({ 'Tỉnh giao': { value: 17576 }, 'NQ HĐND huyện': { value: 18500, version: 1 } })
    const rule = { ...grid.indicators.find((i) => i.id === slLt)!, min: null, max: null }
    expect(formatPercent(percentOfTarget({ actual: cell.actual, target: 18500, previous: cell.previous, rule }))).toBe('102,7%')
  })
})

describe('bad input and other people’s changes', () => {
  it('refuses letters, "1,2,3" and a negative production value next to the cell, saving nothing', async () => {
    const gtsx = await indicator('GTSX')
    const bad = [
      { unitId: ids.unit('Vũ Quang'), indicatorId: gtsx, field: 'actual', text: 'năm nghìn', expectedVersion: 0 },
      { unitId: ids.unit('Hương Khê'), indicatorId: gtsx, field: 'actual', text: '1,2,3', expectedVersion: 0 },
      { unitId: ids.unit('Lộc Hà'), indicatorId: gtsx, field: 'actual', text: '-5', expectedVersion: 0 },
      { unitId: ids.unit('Cẩm Xuyên'), indicatorId: gtsx, field: 'actual', text: '4.500', expectedVersion: 0 },
    ]
    const result = await save(emails.vuQuangSecretariat, bad)
    expect(result).toMatchObject({
      ok: false,
      messageKey: 'checkCells',
      fieldErrors: {
        [`cell:${ids.unit('Vũ Quang')}:${gtsx}:actual`]: 'number.notANumber',
        [`cell:${ids.unit('Hương Khê')}:${gtsx}:actual`]: 'number.notANumber',
        [`cell:${ids.unit('Lộc Hà')}:${gtsx}:actual`]: 'value.negative',
      },
    })
    expect(await db.indicatorResult.count({ where: { indicatorId: gtsx, unitId: ids.unit('Cẩm Xuyên') } })).toBe(0)
  })

  it('does not overwrite a value someone else changed, and names the cell with both values', async () => {
    const slLt = await indicator('SL_LT')
    const row = await db.indicatorResult.findFirstOrThrow({ where: { indicatorId: slLt, unitId: ids.unit('Lộc Hà') } })
    const change = { unitId: ids.unit('Lộc Hà'), indicatorId: slLt, field: 'actual', expectedVersion: row.version }
    expect(await save(emails.vuQuangSecretariat, [{ ...change, text: '19.100' }])).toMatchObject({ ok: true })
    const late = await save(emails.board, [{ ...change, text: '18.900' }])
    expect(late).toMatchObject({
      ok: false,
      messageKey: 'gridConflict',
      data: [{ unitId: ids.unit('Lộc Hà'), field: 'actual', theirs: '19100', yours: '18.900' }],
    })
    expect((await db.indicatorResult.findUniqueOrThrow({ where: { id: row.id } })).actual).toBe(19100)
  })

  it('lets member staff enter their own unit’s row only, and not another year’s secretariat', async () => {
    const staff = await createStaff(ids.unit('Kỳ Anh'), ids.provinceId)
    const vuonMau = await indicator('VUON_MAU')
    const own = { unitId: ids.unit('Kỳ Anh'), indicatorId: vuonMau, field: 'note', text: 'bổ sung', expectedVersion: 1 }
    expect(await save(staff.email, [own])).toMatchObject({ ok: true })
    expect(await save(staff.email, [{ ...own, unitId: ids.unit('Lộc Hà'), expectedVersion: 0 }])).toEqual({
      ok: false,
      messageKey: 'forbiddenRows',
    })
    expect(await save(emails.locHaSecretariat, [{ ...own, unitId: ids.unit('Vũ Quang'), expectedVersion: 0 }])).toEqual({
      ok: false,
      messageKey: 'forbiddenRows',
    })
  })
})
