import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { runGuarded } from '@/lib/auth/run-guarded'
import { reviewDefinition, saveGridDefinition } from '@/lib/indicators/definitions'
import { loadFigures } from '@/lib/indicators/load-grid'
import { cellHistory } from '@/lib/indicators/cell-history'
import { provinceProgress } from '@/lib/indicators/province-progress'
import { demoIds, emails, principalFor } from '../fixtures/demo'
import { createStaff } from '../fixtures/factories'
import { resetToDemo } from '../fixtures/reset'

const ip = '127.0.0.1'
let ids: Awaited<ReturnType<typeof demoIds>>

// The 2021 figures as the members entered them, before the demo's review confirmed (and locked) them.
beforeEach(async () => {
  await resetToDemo('after-handover', { skip: ['figuresConfirmed'] })
  ids = await demoIds()
})

const step = async (email: string, unit: string, s: string, comment = '') =>
  runGuarded(reviewDefinition, {
    principal: await principalFor(email),
    values: { clusterId: ids.clusterId, unitId: ids.unit(unit), year: '2021', period: 'YEAR', step: s, comment },
    ip,
  })

describe('reviewing a member’s figures', () => {
  it('goes submitted → returned with a comment the member sees → submitted → confirmed, which locks them', async () => {
    const staff = await createStaff(ids.unit('Kỳ Anh'), ids.provinceId)
    expect(await step(staff.email, 'Kỳ Anh', 'submit')).toEqual({ ok: true, messageKey: 'indicators.review.submitDone' })
    expect(await step(emails.vuQuangSecretariat, 'Kỳ Anh', 'return')).toEqual({
      ok: false,
      messageKey: 'checkFields',
      fieldErrors: { comment: 'commentRequired' },
    })
    expect(await step(emails.vuQuangSecretariat, 'Kỳ Anh', 'return', 'Thiếu số vườn mẫu 6 tháng')).toMatchObject({ ok: true })
    const returned = (await loadFigures(ids.provinceId, ids.clusterId, 2021, 'YEAR', { allUpTo: 8 })).progress.find(
      (r) => r.unit.name === 'Kỳ Anh',
    )
    expect(returned).toMatchObject({ status: 'RETURNED', comment: 'Thiếu số vườn mẫu 6 tháng' })
    expect(await db.notification.count({ where: { kind: 'figuresReturned', userId: staff.id } })).toBe(1)

    expect(await step(staff.email, 'Kỳ Anh', 'submit')).toMatchObject({ ok: true })
    expect(await step(emails.vuQuangSecretariat, 'Kỳ Anh', 'confirm')).toMatchObject({ ok: true })
    const vuonMau = await db.indicator.findFirstOrThrow({ where: { code: 'VUON_MAU', year: 2021 } })
    const save = await runGuarded(saveGridDefinition, {
      principal: await principalFor(staff.email),
      values: {
        clusterId: ids.clusterId,
        year: '2021',
        period: 'YEAR',
        changes: JSON.stringify([
          { unitId: ids.unit('Kỳ Anh'), indicatorId: vuonMau.id, field: 'actual', text: '900', expectedVersion: 1 },
        ]),
      },
      ip,
    })
    expect(save).toEqual({ ok: false, messageKey: 'figuresConfirmed' })
  })

  it('lets only the secretariat confirm, and a member submit only its own unit', async () => {
    const staff = await createStaff(ids.unit('Kỳ Anh'), ids.provinceId)
    expect(await step(staff.email, 'Lộc Hà', 'submit')).toEqual({ ok: false, messageKey: 'forbidden' })
    await step(staff.email, 'Kỳ Anh', 'submit')
    expect(await step(staff.email, 'Kỳ Anh', 'confirm')).toEqual({ ok: false, messageKey: 'forbidden' })
    expect(await step(emails.locHaSecretariat, 'Kỳ Anh', 'confirm')).toEqual({ ok: false, messageKey: 'forbidden' })
    expect(await step(emails.vuQuangSecretariat, 'Kỳ Anh', 'confirm')).toMatchObject({ ok: true })
    expect(await step(emails.vuQuangSecretariat, 'Kỳ Anh', 'confirm')).toEqual({ ok: false, messageKey: 'review.CONFIRMED' })
  })

  it('shows a cell’s history with old and new values and who changed it', async () => {
    const slLt = await db.indicator.findFirstOrThrow({ where: { code: 'SL_LT', year: 2021 } })
    const row = await db.indicatorResult.findFirstOrThrow({ where: { indicatorId: slLt.id, unitId: ids.unit('Lộc Hà') } })
    await runGuarded(saveGridDefinition, {
      principal: await principalFor(emails.vuQuangSecretariat),
      values: {
        clusterId: ids.clusterId,
        year: '2021',
        period: 'YEAR',
        changes: JSON.stringify([
          { unitId: ids.unit('Lộc Hà'), indicatorId: slLt.id, field: 'actual', text: '19.050', expectedVersion: row.version },
        ]),
      },
      ip,
    })
    const history = await cellHistory(ids.clusterId, 2021, ids.unit('Lộc Hà'), slLt.id, 'YEAR')
    expect(history.rows[0]).toMatchObject({ field: 'actual', from: 19000, to: 19050, by: 'Cán bộ thường trực Vũ Quang (minh họa)' })
  })
})

describe('the board’s overview', () => {
  it('counts filled cells, submissions and confirmations per cluster-year in the province', async () => {
    const staff = await createStaff(ids.unit('Kỳ Anh'), ids.provinceId)
    await step(staff.email, 'Kỳ Anh', 'submit')
    const progress = await provinceProgress(ids.provinceId)
    // The real case reported ten 2021 figures; six members × six full-year indicators.
    expect(progress.get(`${ids.clusterId}:2021`)).toEqual({ filled: 10, total: 36, submitted: 1, confirmed: 0 })
    expect(progress.get(`${ids.clusterId}:2022`)).toEqual({ filled: 0, total: 36, submitted: 0, confirmed: 0 })
  })
})
