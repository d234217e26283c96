import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { runGuarded } from '@/lib/auth/run-guarded'
import { checkCredentials } from '@/lib/auth/check-credentials'
import { fingerprint } from '@/lib/pledges/document/canonical'
import type { PledgeContent } from '@/lib/pledges/document/types'
import { saveDraftDefinition } from '@/lib/pledges/definitions'
import { issuePledgePdf } from '@/lib/pledges/issue-pdf'
import { verifyCode, verifyFile } from '@/lib/pledges/verify'
import { DEMO_PLEDGE_VERSION_ID, demoAccounts, demoPassword } from '@/prisma/demo-data'
import fixture from '@/prisma/fixtures/ha-tinh-cluster-2-2021.json'
import { demoIds, emails, principalFor } from '../fixtures/demo'
import { resetToDemo } from '../fixtures/reset'

const vnDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d)

describe('the demo data is the real case of Hà Tĩnh Cluster No. 2', () => {
  it('has the six districts as members in 2021 and 2022, Vũ Quang chairing 2021 and Lộc Hà 2022', async () => {
    const cluster = await db.cluster.findFirstOrThrow({
      where: { name: 'Cụm thi đua số 2', province: { name: 'Hà Tĩnh' } },
      select: {
        memberships: { select: { year: true, unit: { select: { name: true, kind: true } } } },
        chairTerms: { select: { year: true, role: true, unit: { select: { name: true } } } },
      },
    })
    for (const year of [2021, 2022]) {
      const names = cluster.memberships
        .filter((m) => m.year === year)
        .map((m) => m.unit.name)
        .sort()
      expect(names).toEqual(fixture.cluster.members.map((m) => m.name).sort())
    }
    expect(cluster.chairTerms.map((t) => [t.year, t.role, t.unit.name]).sort()).toEqual([
      [2021, 'CHAIR', 'Vũ Quang'],
      [2022, 'CHAIR', 'Lộc Hà'],
    ])
  })

  it('has the 2021 campaign with its theme, and the districts ending with the 2025 reform', async () => {
    const campaign = await db.campaign.findFirstOrThrow({ where: { year: 2021 }, select: { theme: true } })
    expect(campaign.theme).toBe('Đổi mới, sáng tạo thi đua hoàn thành vượt mức các chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội')
    const vuQuang = await db.unit.findFirstOrThrow({ where: { name: 'Vũ Quang' }, select: { validTo: true, kind: true } })
    expect(vuQuang.kind).toBe('DISTRICT')
    expect(vuQuang.validTo?.toISOString().slice(0, 10)).toBe('2025-06-30')
  })

  it('names Bùi Khắc Bằng and Nguyễn Quang Thọ as chairmen, and every demo account signs in with the shared password', async () => {
    const heads = await db.roleAssignment.findMany({
      where: { role: 'MEMBER_HEAD' },
      select: { user: { select: { name: true } }, unit: { select: { name: true } } },
    })
    expect(heads).toHaveLength(6)
    expect(heads).toContainEqual({ user: { name: 'Bùi Khắc Bằng' }, unit: { name: 'Vũ Quang' } })
    expect(heads).toContainEqual({ user: { name: 'Nguyễn Quang Thọ' }, unit: { name: 'Hương Sơn' } })
    for (const account of demoAccounts) {
      const result = await checkCredentials({ email: account.email, password: demoPassword }, '10.0.0.1')
      expect(result.ok, account.email).toBe(true)
    }
  })
})

describe('the demo is the state the conference of 7 January 2022 left', () => {
  it('has the year-end meeting at Vũ Quang with all six members present', async () => {
    const meeting = await db.meeting.findFirstOrThrow({
      where: { year: 2021, kind: 'YEAR_END' },
      select: { heldOn: true, place: true, attendance: { select: { status: true } }, handovers: { select: { toYear: true } } },
    })
    expect([meeting.heldOn.toISOString().slice(0, 10), meeting.place]).toEqual(['2022-01-07', 'Vũ Quang'])
    expect(meeting.attendance.map((a) => a.status)).toEqual(Array(6).fill('PRESENT'))
    expect(meeting.handovers).toEqual([{ toYear: 2022 }])
  })

  it('has every member’s 2021 figures submitted and confirmed, each step on record', async () => {
    const reviews = await db.figureReview.findMany({ where: { year: 2021, period: 'YEAR' }, select: { status: true } })
    expect(reviews.map((r) => r.status)).toEqual(Array(6).fill('CONFIRMED'))
    expect(await db.auditLog.count({ where: { action: { in: ['figures.submit', 'figures.confirm'] }, year: 2021 } })).toBe(12)
  })

  it('has the 2022 pledge in force, signed by the six chairmen that day over the text they saw', async () => {
    const v = await db.pledgeVersion.findUniqueOrThrow({
      where: { id: DEMO_PLEDGE_VERSION_ID },
      select: {
        status: true,
        content: true,
        fingerprint: true,
        inForceAt: true,
        signatures: { select: { signerName: true, signedAt: true, fingerprint: true } },
      },
    })
    expect(v.status).toBe('IN_FORCE')
    expect(v.fingerprint).toBe(fingerprint(v.content as unknown as PledgeContent))
    expect(v.signatures).toHaveLength(6)
    expect(v.signatures.map((s) => s.signerName)).toEqual(expect.arrayContaining(['Bùi Khắc Bằng', 'Nguyễn Quang Thọ']))
    for (const s of v.signatures) expect([vnDay(s.signedAt), s.fingerprint]).toEqual(['2022-01-07', v.fingerprint])
    expect(vnDay(v.inForceAt!)).toBe('2022-01-07')
    const trail = await db.auditLog.findMany({ where: { entity: 'Pledge' }, orderBy: { at: 'asc' }, select: { action: true } })
    expect(trail.map((t) => t.action)).toEqual(['pledge.created', 'pledge.published', ...Array(6).fill('pledge.signed'), 'pledge.inForce'])
  })

  it('prints in the README a verification code that verifies, and hands out a PDF that verifies', async () => {
    const { verificationCode } = await db.pledgeVersion.findUniqueOrThrow({ where: { id: DEMO_PLEDGE_VERSION_ID } })
    expect(readFileSync('README.md', 'utf8')).toContain(`\`${verificationCode}\``)
    expect(await verifyCode(verificationCode!)).toMatchObject({
      result: 'genuine',
      pledge: { year: 2022, status: 'IN_FORCE', signatoriesTotal: 6 },
    })
    const pdf = await issuePledgePdf(DEMO_PLEDGE_VERSION_ID)
    expect(await verifyFile(pdf!.bytes)).toMatchObject({ result: 'genuine', via: 'file', pledge: { code: verificationCode } })
  })

  it('keeps the pledge in force: nobody drafts over it', async () => {
    const ids = await demoIds()
    const values = { clusterId: ids.clusterId, year: '2022', title: 'Sửa', signingDate: '2022-01-07', place: 'Lộc Hà' }
    const result = await runGuarded(saveDraftDefinition, { principal: await principalFor(emails.locHaSecretariat), values, ip: '10.0.0.1' })
    expect(result).toMatchObject({ ok: false })
    expect(await db.pledgeVersion.count()).toBe(1)
  })
})

describe('the eve of the conference (DEMO_STAGE=before-handover)', () => {
  it('has the 2021 figures confirmed, and no meeting, no 2022 pledge, no chair for 2022 yet', async () => {
    await resetToDemo('before-handover')
    expect(await db.figureReview.count({ where: { status: 'CONFIRMED' } })).toBe(6)
    expect([await db.meeting.count(), await db.pledge.count(), await db.chairTerm.count({ where: { year: 2022 } })]).toEqual([0, 0, 0])
    expect(await db.roleAssignment.count({ where: { role: 'SECRETARIAT', year: 2022 } })).toBe(0)
  })
})
