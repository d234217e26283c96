import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { can } from '@/lib/auth/permissions'
import { runGuarded } from '@/lib/auth/run-guarded'
import {
  assignTermDefinition,
  carryForwardDefinition,
  recordMeetingDefinition,
  rotationOrderDefinition,
  successionDefinition,
} from '@/lib/rotation/definitions'
import { demoIds, emails, principalFor } from '../fixtures/demo'
import { resetToDemo } from '../fixtures/reset'

const ip = '127.0.0.1'
let ids: Awaited<ReturnType<typeof demoIds>>
const members = ['Vũ Quang', 'Lộc Hà', 'Hương Sơn', 'Hương Khê', 'Cẩm Xuyên', 'Kỳ Anh']

beforeEach(async () => {
  await resetToDemo()
  ids = await demoIds()
})

describe('recording a meeting', () => {
  const base = () => ({ clusterId: ids.clusterId, year: '2022', kind: 'MID_YEAR', heldOn: '2022-06-30', place: 'Lộc Hà', quorum: '2/3' })
  const everyone = () => Object.fromEntries(members.map((m) => [`att_${ids.unit(m)}`, 'PRESENT']))

  it('needs every member’s attendance and nothing outside the cluster', async () => {
    const secretariat = await principalFor(emails.locHaSecretariat)
    const partial = { ...everyone() }
    delete partial[`att_${ids.unit('Kỳ Anh')}`]
    expect(await runGuarded(recordMeetingDefinition, { principal: secretariat, values: { ...base(), ...partial }, ip })).toEqual({
      ok: false,
      messageKey: 'checkFields',
      fieldErrors: { [`att_${ids.unit('Kỳ Anh')}`]: 'attendanceMissing' },
    })
    const stranger = await db.unit.create({ data: { provinceId: ids.provinceId, name: 'Xã lạ', kind: 'COMMUNE' } })
    expect(
      await runGuarded(recordMeetingDefinition, {
        principal: secretariat,
        values: { ...base(), ...everyone(), hostUnitId: stranger.id },
        ip,
      }),
    ).toEqual({ ok: false, messageKey: 'checkFields', fieldErrors: { hostUnitId: 'notAMember' } })
    expect(await db.meeting.count({ where: { year: 2022 } })).toBe(0)
  })

  it('answers bad fields and an oversized or foreign file, saving nothing', async () => {
    const secretariat = await principalFor(emails.locHaSecretariat)
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'bien-ban.pdf', { type: 'application/pdf' })
    const script = new File(['<script>'], 'x.html', { type: 'text/html' })
    const bad = await runGuarded(recordMeetingDefinition, {
      principal: secretariat,
      values: { ...base(), ...everyone(), kind: 'PARTY', heldOn: '30/06/22', place: ' ', quorum: '5/3', minutesFile: big },
      ip,
    })
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { kind: 'meetingKind', heldOn: 'date', place: 'required', quorum: 'quorum', minutesFile: 'fileTooLarge' },
    })
    expect(
      await runGuarded(recordMeetingDefinition, { principal: secretariat, values: { ...base(), ...everyone(), minutesFile: script }, ip }),
    ).toMatchObject({ fieldErrors: { minutesFile: 'fileType' } })
    expect(await db.meeting.count({ where: { year: 2022 } })).toBe(0)
  })

  it('keeps an attached file with the meeting', async () => {
    const secretariat = await principalFor(emails.locHaSecretariat)
    const pdf = new File(['%PDF-1.4 biên bản'], 'Biên bản 30-6.pdf', { type: 'application/pdf' })
    expect(
      await runGuarded(recordMeetingDefinition, { principal: secretariat, values: { ...base(), ...everyone(), minutesFile: pdf }, ip }),
    ).toMatchObject({ ok: true })
    const meeting = await db.meeting.findFirstOrThrow({ where: { year: 2022, kind: 'MID_YEAR' } })
    expect(meeting.minutesFileName).toBe('Biên bản 30-6.pdf')
    expect(Buffer.from(meeting.minutesFile!).toString()).toBe('%PDF-1.4 biên bản')
  })

  it('is refused to the secretariat of another year', async () => {
    const vuQuang = await principalFor(emails.vuQuangSecretariat)
    expect(await runGuarded(recordMeetingDefinition, { principal: vuQuang, values: { ...base(), ...everyone() }, ip })).toEqual({
      ok: false,
      messageKey: 'forbidden',
    })
  })
})

describe('membership over the years', () => {
  it('carries a cluster into a new year, putting successors in the places of abolished units', async () => {
    const board = await principalFor(emails.board)
    // The 2025 reform: the districts end on 30 June 2025. Two have recorded successors.
    await db.clusterMembership.createMany({
      data: members.map((m, i) => ({ clusterId: ids.clusterId, unitId: ids.unit(m), year: 2025, rotationOrder: i + 1 })),
    })
    const xaVuQuang = await db.unit.create({
      data: { provinceId: ids.provinceId, name: 'Xã Vũ Quang', kind: 'COMMUNE', validFrom: new Date('2025-07-01') },
    })
    const xaKyAnh = await db.unit.create({
      data: { provinceId: ids.provinceId, name: 'Phường Kỳ Anh', kind: 'WARD', validFrom: new Date('2025-07-01') },
    })
    for (const [from, to] of [
      ['Vũ Quang', xaVuQuang.id],
      ['Kỳ Anh', xaKyAnh.id],
    ] as const) {
      expect(
        await runGuarded(successionDefinition, {
          principal: board,
          values: { predecessorId: ids.unit(from), successorId: to, effectiveOn: '2025-07-01' },
          ip,
        }),
      ).toMatchObject({ ok: true })
    }
    expect(
      await runGuarded(carryForwardDefinition, { principal: board, values: { clusterId: ids.clusterId, fromYear: '2025' }, ip }),
    ).toMatchObject({ ok: true })
    const next = await db.clusterMembership.findMany({
      where: { clusterId: ids.clusterId, year: 2026 },
      orderBy: { rotationOrder: 'asc' },
      select: { unitId: true, rotationOrder: true },
    })
    expect(next).toEqual([
      { unitId: xaVuQuang.id, rotationOrder: 1 },
      { unitId: xaKyAnh.id, rotationOrder: 6 },
    ])
    // 2025 stays with the old districts.
    expect(await db.clusterMembership.count({ where: { clusterId: ids.clusterId, year: 2025, unitId: ids.unit('Vũ Quang') } })).toBe(1)
    expect(
      await runGuarded(carryForwardDefinition, { principal: board, values: { clusterId: ids.clusterId, fromYear: '2025' }, ip }),
    ).toEqual({ ok: false, messageKey: 'yearAlreadyOpen' })
  })

  it('lets the board set a rotation order with distinct positions only', async () => {
    const board = await principalFor(emails.board)
    const rows = await db.clusterMembership.findMany({ where: { clusterId: ids.clusterId, year: 2022 }, select: { id: true } })
    const order = Object.fromEntries(rows.map((r, i) => [`order_${r.id}`, String(rows.length - i)]))
    expect(
      await runGuarded(rotationOrderDefinition, { principal: board, values: { clusterId: ids.clusterId, year: '2022', ...order }, ip }),
    ).toMatchObject({ ok: true })
    const twice = { ...order, [`order_${rows[0].id}`]: order[`order_${rows[1].id}`] }
    expect(
      await runGuarded(rotationOrderDefinition, { principal: board, values: { clusterId: ids.clusterId, year: '2022', ...twice }, ip }),
    ).toMatchObject({ ok: false, messageKey: 'checkFields' })
    const secretariat = await principalFor(emails.locHaSecretariat)
    expect(
      await runGuarded(rotationOrderDefinition, {
        principal: secretariat,
        values: { clusterId: ids.clusterId, year: '2022', ...order },
        ip,
      }),
    ).toEqual({ ok: false, messageKey: 'forbidden' })
  })
})

describe('the board corrects a term', () => {
  it('needs a reason, and moving the chair moves that year’s secretariat rights', async () => {
    const board = await principalFor(emails.board)
    const values = { clusterId: ids.clusterId, year: '2022', role: 'CHAIR', unitId: ids.unit('Cẩm Xuyên') }
    expect(await runGuarded(assignTermDefinition, { principal: board, values: { ...values, reason: '' }, ip })).toEqual({
      ok: false,
      messageKey: 'checkFields',
      fieldErrors: { reason: 'reasonRequired' },
    })
    expect(
      await runGuarded(assignTermDefinition, { principal: board, values: { ...values, reason: 'Quyết định của UBND tỉnh' }, ip }),
    ).toMatchObject({ ok: true })
    const locHa = await principalFor(emails.locHaSecretariat)
    expect(can(locHa, 'cluster.manage', { provinceId: ids.provinceId, clusterId: ids.clusterId, year: 2022 })).toBe(false)
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'chairTerm.correct' } })
    expect(audit.data).toMatchObject({ from: ids.unit('Lộc Hà'), to: ids.unit('Cẩm Xuyên'), reason: 'Quyết định của UBND tỉnh' })
  })
})
