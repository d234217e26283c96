import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { runGuarded } from '@/lib/auth/run-guarded'
import { declineDefinition, publishDefinition, saveDraftDefinition, signDefinition } from '@/lib/pledges/definitions'
import { issuePledgePdf } from '@/lib/pledges/issue-pdf'
import { verifyCode, verifyFile } from '@/lib/pledges/verify'
import { pledgeOfClusterYear } from '@/lib/pledges/queries'
import { demoPassword } from '@/prisma/demo-data'
import { demoIds, emails, principalFor } from '../fixtures/demo'
import { resetToDemo } from '../fixtures/reset'

const ip = '10.1.2.3'
let ids: Awaited<ReturnType<typeof demoIds>>
const chairmen = {
  'Vũ Quang': 'chutich.vuquang',
  'Hương Sơn': 'chutich.huongson',
  'Hương Khê': 'chutich.huongkhe',
  'Lộc Hà': 'chutich.locha',
  'Cẩm Xuyên': 'chutich.camxuyen',
  'Kỳ Anh': 'chutich.kyanh',
} as const
const email = (unit: keyof typeof chairmen) => `${chairmen[unit]}@hatinh.test`

const draft = (overrides: Record<string, string> = {}) => ({
  clusterId: ids.clusterId,
  year: '2022',
  title: 'Thực hiện phong trào thi đua năm 2022',
  theme: 'Đổi mới, sáng tạo thi đua hoàn thành vượt mức các chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội',
  preamble: 'Các đơn vị thành viên Cụm thi đua số 2 thống nhất ký kết giao ước thi đua.',
  commitments:
    '# I. MỤC TIÊU\nHoàn thành vượt mức các chỉ tiêu.\n\n# II. NỘI DUNG\n1. Phát triển kinh tế\n2. Xây dựng nông thôn mới <b>đậm</b>',
  targets: 'Đơn vị\tSản lượng lương thực (tấn)\nLộc Hà\t17.576\nVũ Quang\t12.241',
  place: 'Vũ Quang',
  signingDate: '2022-01-07',
  issuer: 'UBND TỈNH HÀ TĨNH\nCỤM THI ĐUA SỐ 2',
  documentNumber: '01/GƯTĐ-CTĐ2',
  recipients: 'Ban Thi đua - Khen thưởng tỉnh\nCác đơn vị thành viên',
  deadline: '2099-01-31',
  ...overrides,
})

async function published() {
  const secretariat = await principalFor(emails.locHaSecretariat)
  expect(await runGuarded(saveDraftDefinition, { principal: secretariat, values: draft(), ip })).toEqual({
    ok: true,
    messageKey: 'pledges.draftSaved',
  })
  const version = await db.pledgeVersion.findFirstOrThrow({
    where: { pledge: { clusterId: ids.clusterId, year: 2022 } },
    orderBy: { number: 'desc' },
  })
  expect(await runGuarded(publishDefinition, { principal: secretariat, values: { versionId: version.id }, ip })).toEqual({
    ok: true,
    messageKey: 'pledges.published',
  })
  return db.pledgeVersion.findUniqueOrThrow({ where: { id: version.id } })
}

const signAs = async (
  unit: keyof typeof chairmen,
  version: { id: string; fingerprint: string | null },
  extra: Record<string, string> = {},
) =>
  runGuarded(signDefinition, {
    principal: await principalFor(email(unit)),
    values: { versionId: version.id, unitId: ids.unit(unit), fingerprint: version.fingerprint!, password: demoPassword, ...extra },
    ip,
    userAgent: `test ${unit}`,
  })

// After the handover, without the 2022 pledge the demo has signed: these tests act it out.
beforeEach(async () => {
  await resetToDemo('after-handover', { skip: ['pledge2022'] })
  ids = await demoIds()
})

describe('drafting and publishing', () => {
  it('freezes the text with a SHA-256 fingerprint and a code, and signatories from the members', async () => {
    const v = await published()
    expect(v.status).toBe('PUBLISHED')
    expect(v.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(v.verificationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    expect(v.signatoryUnitIds).toHaveLength(6)
    const content = v.content as { signatories: { personName: string }[]; commitments: { type: string; items?: string[] }[] }
    expect(content.signatories.map((s) => s.personName)).toContain('Bùi Khắc Bằng')
    expect(content.commitments[3]).toEqual({
      type: 'list',
      ordered: true,
      items: ['Phát triển kinh tế', 'Xây dựng nông thôn mới <b>đậm</b>'],
    })
    expect(await db.notification.count({ where: { kind: 'pledgeAwaitingSignature' } })).toBe(6)
  })

  it('refuses a secretariat of another year, and Vũ Quang once 2022 has been handed to Lộc Hà', async () => {
    const before = await db.pledge.count()
    for (const who of [emails.vuQuangSecretariat, emails.kyAnhChairman]) {
      expect(await runGuarded(saveDraftDefinition, { principal: await principalFor(who), values: draft(), ip })).toEqual({
        ok: false,
        messageKey: 'forbidden',
      })
    }
    expect(await db.pledge.count()).toBe(before)
  })

  it('lets the outgoing secretariat draft next year’s pledge before the handover', async () => {
    await resetToDemo('before-handover')
    ids = await demoIds()
    const vuQuang = await principalFor(emails.vuQuangSecretariat)
    expect(await runGuarded(saveDraftDefinition, { principal: vuQuang, values: draft(), ip })).toMatchObject({ ok: true })
  })

  it('closes the outgoing secretariat’s window once next year’s chair exists, even assigned by the board', async () => {
    await db.clusterMembership.createMany({
      data: Object.keys(chairmen).map((unit) => ({
        clusterId: ids.clusterId,
        unitId: ids.unit(unit as keyof typeof chairmen),
        year: 2023,
      })),
    })
    const locHa = await principalFor(emails.locHaSecretariat)
    expect(await runGuarded(saveDraftDefinition, { principal: locHa, values: draft({ year: '2023' }), ip })).toMatchObject({ ok: true })
    await db.chairTerm.create({ data: { clusterId: ids.clusterId, year: 2023, role: 'CHAIR', unitId: ids.unit('Hương Sơn') } })
    expect(
      await runGuarded(saveDraftDefinition, {
        principal: await principalFor(emails.locHaSecretariat),
        values: draft({ year: '2023', preamble: 'sửa' }),
        ip,
      }),
    ).toEqual({ ok: false, messageKey: 'forbidden' })
  })

  it('answers an empty title next to the field', async () => {
    const secretariat = await principalFor(emails.locHaSecretariat)
    expect(await runGuarded(saveDraftDefinition, { principal: secretariat, values: draft({ title: '' }), ip })).toEqual({
      ok: false,
      messageKey: 'checkFields',
      fieldErrors: { title: 'required' },
    })
    expect(await db.pledgeVersion.count()).toBe(0)
  })
})

describe('signing', () => {
  it('records the evidence and is harmless twice', async () => {
    const v = await published()
    expect(await signAs('Lộc Hà', v)).toEqual({ ok: true, messageKey: 'pledges.signed' })
    expect(await signAs('Lộc Hà', v)).toEqual({ ok: true, messageKey: 'pledges.alreadySigned' })
    const sig = await db.pledgeSignature.findFirstOrThrow({ where: { versionId: v.id } })
    expect(sig).toMatchObject({ unitName: 'Huyện Lộc Hà', ip, userAgent: 'test Lộc Hà', fingerprint: v.fingerprint })
    expect(await db.pledgeSignature.count()).toBe(1)
  })

  it('refuses a chairman of Kỳ Anh signing for Lộc Hà, writes nothing, and audits it', async () => {
    const v = await published()
    const kyAnh = await principalFor(emails.kyAnhChairman)
    const result = await runGuarded(signDefinition, {
      principal: kyAnh,
      values: { versionId: v.id, unitId: ids.unit('Lộc Hà'), fingerprint: v.fingerprint!, password: demoPassword },
      ip,
    })
    expect(result).toEqual({ ok: false, messageKey: 'forbidden' })
    expect(await db.pledgeSignature.count()).toBe(0)
    expect(await db.auditLog.count({ where: { action: 'permission.refused', entity: 'pledge.sign', actorId: kyAnh.userId } })).toBe(1)
  })

  it('refuses a wrong password, a changed text and a passed deadline, each on record', async () => {
    const v = await published()
    expect(await signAs('Hương Sơn', v, { password: 'sai' })).toEqual({
      ok: false,
      messageKey: 'checkFields',
      fieldErrors: { password: 'wrongPassword' },
    })
    expect(await signAs('Hương Sơn', v, { fingerprint: 'a'.repeat(64) })).toEqual({ ok: false, messageKey: 'textChanged' })
    await db.pledgeVersion.update({ where: { id: v.id }, data: { deadline: new Date('2022-01-15') } })
    expect(await signAs('Hương Sơn', v)).toEqual({ ok: false, messageKey: 'deadlinePassed' })
    expect(await db.pledgeSignature.count()).toBe(0)
    expect(await db.auditLog.count({ where: { action: 'action.refused', entity: 'pledge.sign' } })).toBe(3)
  })

  it('voids the signatures when the text changes, tells the signers, and refuses the old version', async () => {
    const v1 = await published()
    await signAs('Vũ Quang', v1)
    const secretariat = await principalFor(emails.locHaSecretariat)
    expect(
      await runGuarded(saveDraftDefinition, { principal: secretariat, values: draft({ preamble: 'Văn bản đã sửa.' }), ip }),
    ).toMatchObject({ ok: true })
    expect((await db.pledgeVersion.findUniqueOrThrow({ where: { id: v1.id } })).status).toBe('SUPERSEDED')
    expect((await db.pledgeSignature.findFirstOrThrow({ where: { versionId: v1.id } })).voidedAt).not.toBeNull()
    expect(await db.notification.count({ where: { kind: 'pledgeVoided', user: { email: email('Vũ Quang') } } })).toBe(1)
    expect(await signAs('Hương Khê', v1)).toEqual({ ok: false, messageKey: 'versionSuperseded' })
  })

  it('records six chairmen signing at the same moment and turns the pledge in force exactly once', async () => {
    const v = await published()
    const results = await Promise.all((Object.keys(chairmen) as (keyof typeof chairmen)[]).map((unit) => signAs(unit, v)))
    expect(results.every((r) => r.ok)).toBe(true)
    expect(results.filter((r) => r.messageKey === 'pledges.signedInForce')).toHaveLength(1)
    expect(await db.pledgeSignature.count({ where: { versionId: v.id } })).toBe(6)
    expect((await db.pledgeVersion.findUniqueOrThrow({ where: { id: v.id } })).status).toBe('IN_FORCE')
    expect(await db.auditLog.count({ where: { action: 'pledge.inForce' } })).toBe(1)
    const secretariat = await principalFor(emails.locHaSecretariat)
    expect(await runGuarded(saveDraftDefinition, { principal: secretariat, values: draft({ preamble: 'sửa' }), ip })).toEqual({
      ok: false,
      messageKey: 'pledgeInForce',
    })
  })

  it('lets a chairman decline with a reason the secretariat sees', async () => {
    const v = await published()
    const kyAnh = await principalFor(emails.kyAnhChairman)
    expect(
      await runGuarded(declineDefinition, { principal: kyAnh, values: { versionId: v.id, unitId: ids.unit('Kỳ Anh'), reason: '' }, ip }),
    ).toMatchObject({ fieldErrors: { reason: 'reasonRequired' } })
    expect(
      await runGuarded(declineDefinition, {
        principal: kyAnh,
        values: { versionId: v.id, unitId: ids.unit('Kỳ Anh'), reason: 'Chỉ tiêu vườn mẫu chưa phù hợp' },
        ip,
      }),
    ).toMatchObject({ ok: true })
    const pledge = await pledgeOfClusterYear(ids.clusterId, 2022)
    expect(pledge?.current.declines[0]).toMatchObject({ reason: 'Chỉ tiêu vườn mẫu chưa phù hợp' })
    await signAs('Lộc Hà', v)
    expect(
      await runGuarded(declineDefinition, {
        principal: await principalFor(email('Lộc Hà')),
        values: { versionId: v.id, unitId: ids.unit('Lộc Hà'), reason: 'đổi ý' },
        ip,
      }),
    ).toEqual({ ok: false, messageKey: 'alreadySignedCannotDecline' })
  })
})

describe('the signed document', () => {
  it('verifies by code and by the issued file, and rejects an edited file', async () => {
    const v = await published()
    for (const unit of Object.keys(chairmen) as (keyof typeof chairmen)[]) await signAs(unit, v)
    const pdf = await issuePledgePdf(v.id)
    expect(Buffer.from(pdf!.bytes.subarray(0, 5)).toString()).toBe('%PDF-')

    expect(await verifyCode(v.verificationCode!.toLowerCase().replaceAll('-', ' '))).toMatchObject({
      result: 'genuine',
      pledge: { year: 2022, version: 1, status: 'IN_FORCE', signatoriesTotal: 6 },
    })
    const genuine = await verifyFile(pdf!.bytes)
    expect(genuine).toMatchObject({ result: 'genuine', via: 'file' })
    expect(genuine.result === 'genuine' && genuine.pledge.signatures.map((s) => s.signerName)).toContain('Nguyễn Quang Thọ')

    const edited = Uint8Array.from(pdf!.bytes)
    edited[Math.floor(edited.length / 2)] ^= 0xff
    expect(await verifyFile(edited)).toMatchObject({ result: 'altered' })
    expect(await verifyFile(new TextEncoder().encode('not a pdf'))).toEqual({ result: 'unknown' })
    expect(await verifyCode('ZZZZ-ZZZZ-ZZZZ')).toEqual({ result: 'unknown' })
  })
})
