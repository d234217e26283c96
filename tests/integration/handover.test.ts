import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { can } from '@/lib/auth/permissions'
import { runGuarded } from '@/lib/auth/run-guarded'
import { carryForwardDefinition, confirmHandoverDefinition, recordMeetingDefinition } from '@/lib/rotation/definitions'
import { demoIds, emails, principalFor } from '../fixtures/demo'
import { createStaff } from '../fixtures/factories'
import { resetToDemo } from '../fixtures/reset'

const ip = '127.0.0.1'
type Ids = Awaited<ReturnType<typeof demoIds>>
let ids: Ids

// Lộc Hà, the 2022 chair, holds the year-end meeting of 2022 and hands over for 2023. Units are
// in rotation order Vũ Quang, Lộc Hà, Hương Sơn, Hương Khê, Cẩm Xuyên, Kỳ Anh: the proposal is
// Hương Sơn chair, Hương Khê deputy.
async function yearEndMeeting(absent: string[] = [], kind = 'YEAR_END') {
  const secretariat = await principalFor(emails.locHaSecretariat)
  const members = ['Vũ Quang', 'Lộc Hà', 'Hương Sơn', 'Hương Khê', 'Cẩm Xuyên', 'Kỳ Anh']
  const attendance = Object.fromEntries(members.map((m) => [`att_${ids.unit(m)}`, absent.includes(m) ? 'ABSENT' : 'PRESENT']))
  const result = await runGuarded(recordMeetingDefinition, {
    principal: secretariat,
    values: {
      clusterId: ids.clusterId,
      year: '2022',
      kind,
      heldOn: '2023-01-10',
      place: 'Lộc Hà',
      hostUnitId: ids.unit('Lộc Hà'),
      quorum: '2/3',
      agenda: 'Tổng kết năm 2022\nBàn giao Trưởng cụm',
      ...attendance,
    },
    ip,
  })
  expect(result).toEqual({ ok: true, messageKey: 'meetings.recorded' })
  return db.meeting.findFirstOrThrow({ where: { clusterId: ids.clusterId, year: 2022 }, orderBy: { createdAt: 'desc' } })
}

async function open2023() {
  const board = await principalFor(emails.board)
  expect(
    await runGuarded(carryForwardDefinition, { principal: board, values: { clusterId: ids.clusterId, fromYear: '2022' }, ip }),
  ).toEqual({ ok: true, messageKey: 'rotation.carriedForward' })
}

const handover = async (email: string, values: Record<string, string>) =>
  runGuarded(confirmHandoverDefinition, { principal: await principalFor(email), values, ip })

beforeEach(async () => {
  await resetToDemo()
  ids = await demoIds()
})

describe('handing over the chair at a valid year-end meeting', () => {
  it('starts the new terms and moves the secretariat rights in one act', async () => {
    const huongSonStaff = await createStaff(ids.unit('Hương Sơn'), ids.provinceId)
    const meeting = await yearEndMeeting(['Kỳ Anh'])
    await open2023()
    const result = await handover(emails.locHaSecretariat, {
      meetingId: meeting.id,
      chairUnitId: ids.unit('Hương Sơn'),
      deputyUnitId: ids.unit('Hương Khê'),
    })
    expect(result).toEqual({ ok: true, messageKey: 'rotation.handedOver' })

    const terms = await db.chairTerm.findMany({ where: { clusterId: ids.clusterId, year: 2023 }, select: { role: true, unitId: true } })
    expect(terms).toEqual(
      expect.arrayContaining([
        { role: 'CHAIR', unitId: ids.unit('Hương Sơn') },
        { role: 'DEPUTY', unitId: ids.unit('Hương Khê') },
      ]),
    )

    const scope = (year: number) => ({ provinceId: ids.provinceId, clusterId: ids.clusterId, year })
    const newSecretariat = await principalFor(huongSonStaff.email)
    const outgoing = await principalFor(emails.locHaSecretariat)
    expect(can(newSecretariat, 'cluster.manage', scope(2023))).toBe(true)
    expect(can(outgoing, 'cluster.manage', scope(2023))).toBe(false)
    expect(can(outgoing, 'cluster.manage', scope(2022))).toBe(true)

    const told = await db.notification.findMany({
      where: { kind: 'chairAssigned', user: { email: { in: [huongSonStaff.email, emails.huongSonChairman] } } },
    })
    expect(told).toHaveLength(2)
    expect(await db.auditLog.count({ where: { action: 'handover.confirm', clusterId: ids.clusterId, year: 2023 } })).toBe(1)
  })

  it('tells every member of the recorded meeting', async () => {
    await yearEndMeeting()
    const chairmen = await db.notification.count({ where: { kind: 'meetingRecorded', user: { email: { startsWith: 'chutich.' } } } })
    expect(chairmen).toBe(6)
  })
})

describe('a handover that must not happen changes nothing', () => {
  const nothingFor2023 = async () => expect(await db.chairTerm.count({ where: { clusterId: ids.clusterId, year: 2023 } })).toBe(0)

  it('refuses a unit that is not a member next year, and the current chair', async () => {
    const meeting = await yearEndMeeting()
    await open2023()
    const stranger = await db.unit.create({ data: { provinceId: ids.provinceId, name: 'Xã ngoài cụm', kind: 'COMMUNE' } })
    expect(await handover(emails.locHaSecretariat, { meetingId: meeting.id, chairUnitId: stranger.id, reason: 'thử' })).toEqual({
      ok: false,
      messageKey: 'checkFields',
      fieldErrors: { chairUnitId: 'notAMemberNextYear' },
    })
    expect(await handover(emails.locHaSecretariat, { meetingId: meeting.id, chairUnitId: ids.unit('Lộc Hà'), reason: 'thử' })).toEqual({
      ok: false,
      messageKey: 'checkFields',
      fieldErrors: { chairUnitId: 'sameAsCurrentChair' },
    })
    await nothingFor2023()
  })

  it('refuses someone who is neither the outgoing secretariat nor the board, and audits it', async () => {
    const meeting = await yearEndMeeting()
    await open2023()
    const values = { meetingId: meeting.id, chairUnitId: ids.unit('Hương Sơn'), deputyUnitId: ids.unit('Hương Khê') }
    expect(await handover(emails.vuQuangSecretariat, values)).toEqual({ ok: false, messageKey: 'forbidden' })
    expect(await handover(emails.kyAnhChairman, values)).toEqual({ ok: false, messageKey: 'forbidden' })
    await nothingFor2023()
    expect(await db.auditLog.count({ where: { action: 'permission.refused', entity: 'handover.confirm' } })).toBe(2)
  })

  it('refuses a meeting below quorum, a mid-year meeting, and a different choice without a reason', async () => {
    await open2023()
    const thin = await yearEndMeeting(['Vũ Quang', 'Hương Khê', 'Kỳ Anh'])
    expect(await handover(emails.locHaSecretariat, { meetingId: thin.id, chairUnitId: ids.unit('Hương Sơn') })).toEqual({
      ok: false,
      messageKey: 'meetingInvalid',
    })
    const midYear = await yearEndMeeting([], 'MID_YEAR')
    expect(await handover(emails.locHaSecretariat, { meetingId: midYear.id, chairUnitId: ids.unit('Hương Sơn') })).toEqual({
      ok: false,
      messageKey: 'handoverNeedsYearEnd',
    })
    const valid = await yearEndMeeting()
    expect(await handover(emails.locHaSecretariat, { meetingId: valid.id, chairUnitId: ids.unit('Kỳ Anh') })).toEqual({
      ok: false,
      messageKey: 'checkFields',
      fieldErrors: { reason: 'reasonRequired' },
    })
    await nothingFor2023()
    expect(
      await handover(emails.locHaSecretariat, { meetingId: valid.id, chairUnitId: ids.unit('Kỳ Anh'), reason: 'Hội nghị bầu Kỳ Anh' }),
    ).toMatchObject({ ok: true })
  })

  it('refuses a second handover for the same year', async () => {
    const meeting = await yearEndMeeting()
    await open2023()
    const values = { meetingId: meeting.id, chairUnitId: ids.unit('Hương Sơn'), deputyUnitId: ids.unit('Hương Khê') }
    expect(await handover(emails.locHaSecretariat, values)).toMatchObject({ ok: true })
    expect(await handover(emails.board, { ...values, chairUnitId: ids.unit('Cẩm Xuyên'), reason: 'lần hai' })).toEqual({
      ok: false,
      messageKey: 'alreadyHandedOver',
    })
    expect(
      await db.chairTerm.findMany({ where: { clusterId: ids.clusterId, year: 2023, role: 'CHAIR' }, select: { unitId: true } }),
    ).toEqual([{ unitId: ids.unit('Hương Sơn') }])
  })
})

describe('two chairs for one cluster-year can never exist', () => {
  it('lets exactly one of two simultaneous handovers through', async () => {
    const meeting = await yearEndMeeting()
    await open2023()
    const results = await Promise.all([
      handover(emails.locHaSecretariat, { meetingId: meeting.id, chairUnitId: ids.unit('Hương Sơn'), deputyUnitId: ids.unit('Hương Khê') }),
      handover(emails.board, { meetingId: meeting.id, chairUnitId: ids.unit('Cẩm Xuyên'), reason: 'Ban chỉ định' }),
      handover(emails.board, { meetingId: meeting.id, chairUnitId: ids.unit('Kỳ Anh'), reason: 'Ban chỉ định' }),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map((r) => r.messageKey)).toEqual(['alreadyHandedOver', 'alreadyHandedOver'])
    expect(await db.chairTerm.count({ where: { clusterId: ids.clusterId, year: 2023, role: 'CHAIR' } })).toBe(1)
    expect(await db.handover.count({ where: { clusterId: ids.clusterId, toYear: 2023 } })).toBe(1)
  })

  it('is a database constraint, not only a check in the code', async () => {
    await expect(
      db.chairTerm.create({ data: { clusterId: ids.clusterId, year: 2022, role: 'CHAIR', unitId: ids.unit('Kỳ Anh') } }),
    ).rejects.toMatchObject({ code: 'P2002' })
  })
})
