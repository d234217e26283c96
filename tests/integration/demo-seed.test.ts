import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { demoAccounts, demoPassword } from '@/prisma/demo-data'
import { checkCredentials } from '@/lib/auth/check-credentials'
import fixture from '@/prisma/fixtures/ha-tinh-cluster-2-2021.json'

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
