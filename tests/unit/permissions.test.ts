import { describe, expect, it } from 'vitest'
import { can, mayEver, type Assignment, type Principal } from '@/lib/auth/permissions'

const HT = 'ha-tinh'
const C2 = 'cluster-2'
const VQ = 'vu-quang'
const LH = 'loc-ha'
const KA = 'ky-anh'
const memberships = [2021, 2022].flatMap((year) => [VQ, LH, KA].map((unitId) => ({ unitId, clusterId: C2, year })))

const principal = (...assignments: Partial<Assignment>[]): Principal => ({
  userId: 'u',
  name: 'n',
  assignments: assignments.map((a) => ({ role: 'VIEWER', provinceId: HT, clusterId: null, unitId: null, year: null, ...a })),
  memberships,
  handovers: [],
})

describe('rights follow the year', () => {
  const locHaStaff = principal({ role: 'SECRETARIAT', clusterId: C2, unitId: LH, year: 2022 }, { role: 'MEMBER_STAFF', unitId: LH })
  const vuQuangStaff = principal({ role: 'SECRETARIAT', clusterId: C2, unitId: VQ, year: 2021 }, { role: 'MEMBER_STAFF', unitId: VQ })

  it('makes Lộc Hà the secretariat of 2022 and not of 2021', () => {
    expect(can(locHaStaff, 'cluster.manage', { provinceId: HT, clusterId: C2, year: 2022 })).toBe(true)
    expect(can(locHaStaff, 'cluster.manage', { provinceId: HT, clusterId: C2, year: 2021 })).toBe(false)
  })

  it('lets Vũ Quang manage 2021 and still read it, but not manage 2022', () => {
    expect(can(vuQuangStaff, 'cluster.manage', { provinceId: HT, clusterId: C2, year: 2021 })).toBe(true)
    expect(can(vuQuangStaff, 'cluster.read', { provinceId: HT, clusterId: C2, year: 2021 })).toBe(true)
    expect(can(vuQuangStaff, 'cluster.manage', { provinceId: HT, clusterId: C2, year: 2022 })).toBe(false)
  })

  it('lets the secretariat enter any member’s figures in its year only', () => {
    expect(can(vuQuangStaff, 'unit.enterFigures', { provinceId: HT, clusterId: C2, unitId: KA, year: 2021 })).toBe(true)
    expect(can(vuQuangStaff, 'unit.enterFigures', { provinceId: HT, clusterId: C2, unitId: KA, year: 2022 })).toBe(false)
  })
})

describe('a member unit’s chairman', () => {
  const kyAnhChairman = principal({ role: 'MEMBER_HEAD', unitId: KA })

  it('signs for their own unit only', () => {
    expect(can(kyAnhChairman, 'unit.sign', { provinceId: HT, clusterId: C2, unitId: KA, year: 2022 })).toBe(true)
    expect(can(kyAnhChairman, 'unit.sign', { provinceId: HT, clusterId: C2, unitId: LH, year: 2022 })).toBe(false)
  })

  it('reads the clusters the unit belongs to, and only in those years', () => {
    expect(can(kyAnhChairman, 'cluster.read', { provinceId: HT, clusterId: C2, year: 2021 })).toBe(true)
    expect(can(kyAnhChairman, 'cluster.read', { provinceId: HT, clusterId: C2, year: 2019 })).toBe(false)
    expect(can(kyAnhChairman, 'cluster.read', { provinceId: HT, clusterId: 'cluster-3', year: 2021 })).toBe(false)
  })

  it('cannot administer the province or manage the cluster', () => {
    expect(mayEver(kyAnhChairman, 'province.administer')).toBe(false)
    expect(can(kyAnhChairman, 'province.administer', { provinceId: HT })).toBe(false)
    expect(can(kyAnhChairman, 'cluster.manage', { provinceId: HT, clusterId: C2, year: 2022 })).toBe(false)
  })
})

describe('the provincial board', () => {
  const board = principal({ role: 'BOARD' })

  it('administers its own province and manages every cluster-year in it', () => {
    expect(can(board, 'province.administer', { provinceId: HT })).toBe(true)
    expect(can(board, 'cluster.manage', { provinceId: HT, clusterId: C2, year: 2030 })).toBe(true)
  })

  it('has no right in another province', () => {
    expect(can(board, 'province.administer', { provinceId: 'nghe-an' })).toBe(false)
    expect(can(board, 'cluster.read', { provinceId: 'nghe-an', clusterId: 'x', year: 2021 })).toBe(false)
  })

  it('never signs or votes on a member’s behalf', () => {
    expect(can(board, 'unit.sign', { provinceId: HT, clusterId: C2, unitId: KA, year: 2022 })).toBe(false)
    expect(can(board, 'cluster.vote', { provinceId: HT, clusterId: C2, year: 2022 })).toBe(false)
  })
})

describe('member staff and viewers', () => {
  it('lets staff enter their own unit’s figures, not another unit’s, and not sign', () => {
    const staff = principal({ role: 'MEMBER_STAFF', unitId: LH })
    expect(can(staff, 'unit.enterFigures', { provinceId: HT, clusterId: C2, unitId: LH, year: 2021 })).toBe(true)
    expect(can(staff, 'unit.enterFigures', { provinceId: HT, clusterId: C2, unitId: KA, year: 2021 })).toBe(false)
    expect(can(staff, 'unit.sign', { provinceId: HT, clusterId: C2, unitId: LH, year: 2021 })).toBe(false)
  })

  it('limits a viewer to reading what the grant names', () => {
    const viewer = principal({ role: 'VIEWER', clusterId: C2, year: 2021 })
    expect(can(viewer, 'cluster.read', { provinceId: HT, clusterId: C2, year: 2021 })).toBe(true)
    expect(can(viewer, 'cluster.read', { provinceId: HT, clusterId: C2, year: 2022 })).toBe(false)
    expect(can(viewer, 'cluster.manage', { provinceId: HT, clusterId: C2, year: 2021 })).toBe(false)
  })

  it('refuses everything to nobody', () => {
    expect(can(null, 'cluster.read', { provinceId: HT, clusterId: C2, year: 2021 })).toBe(false)
  })
})

describe('who drafts a year’s pledge', () => {
  const vuQuang2021 = principal({ role: 'SECRETARIAT', clusterId: C2, unitId: VQ, year: 2021 })
  const scope = { provinceId: HT, clusterId: C2, year: 2022 }

  it('lets the outgoing secretariat prepare next year’s pledge until the chair is handed over', () => {
    expect(can(vuQuang2021, 'pledge.draft', scope)).toBe(true)
    expect(can({ ...vuQuang2021, handovers: [{ clusterId: C2, toYear: 2022 }] }, 'pledge.draft', scope)).toBe(false)
  })

  it('refuses a secretariat two years back, and lets the year’s own secretariat and the board draft', () => {
    expect(can(principal({ role: 'SECRETARIAT', clusterId: C2, unitId: VQ, year: 2020 }), 'pledge.draft', scope)).toBe(false)
    expect(can(principal({ role: 'SECRETARIAT', clusterId: C2, unitId: LH, year: 2022 }), 'pledge.draft', scope)).toBe(true)
    expect(can(principal({ role: 'BOARD' }), 'pledge.draft', scope)).toBe(true)
    expect(can(principal({ role: 'MEMBER_HEAD', unitId: LH }), 'pledge.draft', scope)).toBe(false)
  })
})
