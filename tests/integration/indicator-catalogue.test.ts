import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { runGuarded } from '@/lib/auth/run-guarded'
import { copyListDefinition, createIndicatorDefinition } from '@/lib/indicators/definitions'
import { demoIds, emails, principalFor } from '../fixtures/demo'

const ip = '127.0.0.1'

describe('the board’s indicator list', () => {
  it('starts a year by copying last year’s list, once', async () => {
    const { provinceId } = await demoIds()
    const board = await principalFor(emails.board)
    expect(await runGuarded(copyListDefinition, { principal: board, values: { provinceId, year: '2023' }, ip })).toEqual({
      ok: true,
      messageKey: 'indicators.catalogue.copied',
    })
    const codes = (
      await db.indicator.findMany({ where: { provinceId, year: 2023 }, orderBy: { position: 'asc' }, select: { code: true } })
    ).map((i) => i.code)
    expect(codes).toEqual(['GTSX', 'GTSX_CN', 'SL_LT', 'HUYEN_NTM', 'KDC_NTM_KM', 'VUON_MAU'])
    expect(await runGuarded(copyListDefinition, { principal: board, values: { provinceId, year: '2023' }, ip })).toEqual({
      ok: false,
      messageKey: 'listExists',
    })
    expect(await runGuarded(copyListDefinition, { principal: board, values: { provinceId, year: '2030' }, ip })).toEqual({
      ok: false,
      messageKey: 'noListLastYear',
    })
  })

  it('adds an indicator with its rules, refusing a bad code, a duplicate and a chairman', async () => {
    const { provinceId } = await demoIds()
    const board = await principalFor(emails.board)
    const values = {
      provinceId,
      year: '2022',
      code: 'ho_ngheo',
      nameVi: 'Tỷ lệ hộ nghèo',
      nameEn: 'Poor-household rate',
      unit: '%',
      kind: 'RATE',
      direction: 'LOWER_IS_BETTER',
      reduction: 'on',
      decimals: '2',
      groupName: 'Xã hội',
      periodYear: 'on',
    }
    expect(await runGuarded(createIndicatorDefinition, { principal: board, values: { ...values, code: 'hộ nghèo' }, ip })).toMatchObject({
      ok: false,
      fieldErrors: { code: 'indicatorCode' },
    })
    expect(await runGuarded(createIndicatorDefinition, { principal: board, values, ip })).toMatchObject({ ok: true })
    expect(await db.indicator.findFirstOrThrow({ where: { code: 'HO_NGHEO', year: 2022 } })).toMatchObject({
      reduction: true,
      direction: 'LOWER_IS_BETTER',
      periods: ['YEAR'],
      decimals: 2,
    })
    expect(await runGuarded(createIndicatorDefinition, { principal: board, values, ip })).toEqual({
      ok: false,
      messageKey: 'indicatorCodeTaken',
    })
    expect(
      await runGuarded(createIndicatorDefinition, {
        principal: await principalFor(emails.kyAnhChairman),
        values: { ...values, code: 'X' },
        ip,
      }),
    ).toEqual({ ok: false, messageKey: 'forbidden' })
  })
})
