import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db/client'
import { can } from '@/lib/auth/permissions'
import { loadPrincipal } from '@/lib/auth/load-principal'
import { demoIds, emails, principalFor } from '../fixtures/demo'

describe('rights loaded from the database follow the year', () => {
  it('makes Lộc Hà’s staff the 2022 secretariat and Vũ Quang’s the 2021 one', async () => {
    const { provinceId, clusterId } = await demoIds()
    const locHa = await principalFor(emails.locHaSecretariat)
    const vuQuang = await principalFor(emails.vuQuangSecretariat)
    const scope = (year: number) => ({ provinceId, clusterId, year })
    expect([can(locHa, 'cluster.manage', scope(2022)), can(locHa, 'cluster.manage', scope(2021))]).toEqual([true, false])
    expect([can(vuQuang, 'cluster.manage', scope(2021)), can(vuQuang, 'cluster.manage', scope(2022))]).toEqual([true, false])
    expect(can(vuQuang, 'cluster.read', scope(2021))).toBe(true)
  })

  it('lets a chairman read the cluster only in the years the unit is a member', async () => {
    const { provinceId, clusterId, unit } = await demoIds()
    const chairman = await principalFor(emails.kyAnhChairman)
    expect(can(chairman, 'cluster.read', { provinceId, clusterId, year: 2021 })).toBe(true)
    await db.clusterMembership.updateMany({ where: { unitId: unit('Kỳ Anh'), year: 2022 }, data: { removedAt: new Date() } })
    const after = await principalFor(emails.kyAnhChairman)
    expect(can(after, 'cluster.read', { provinceId, clusterId, year: 2022 })).toBe(false)
  })

  it('drops revoked rights and inactive accounts', async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: emails.huongSonChairman } })
    await db.roleAssignment.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } })
    expect((await loadPrincipal(user.id))?.assignments).toEqual([])
    await db.user.update({ where: { id: user.id }, data: { active: false } })
    expect(await loadPrincipal(user.id)).toBeNull()
  })
})
