// The first step of the story: Hà Tĩnh and its board, Cluster No. 2 with its six districts as
// members in 2021 and 2022, Vũ Quang chairing 2021, the campaigns, and the demo accounts.
import { hash } from '@node-rs/argon2'
import fixture from '../fixtures/ha-tinh-cluster-2-2021.json' with { type: 'json' }
import { demoAccounts, demoPassword } from './accounts'
import type { DemoContext, Tx } from './context'

// Rotation order: Vũ Quang chaired 2021 and handed to Lộc Hà for 2022 (the real case); the order
// after them is illustrative.
export const rotation = ['Vũ Quang', 'Lộc Hà', 'Hương Sơn', 'Hương Khê', 'Cẩm Xuyên', 'Kỳ Anh']

export async function seedFoundation(tx: Tx): Promise<DemoContext> {
  const province = await tx.province.create({ data: { code: 'HT', name: fixture.province.name, boardName: fixture.province.board } })
  const units = new Map<string, string>()
  for (const m of fixture.cluster.members) {
    // The district level was abolished on 1 July 2025: the districts' history stays with them.
    const unit = await tx.unit.create({
      data: { provinceId: province.id, name: m.name, kind: 'DISTRICT', validTo: new Date('2025-06-30') },
    })
    units.set(m.name, unit.id)
  }
  const cluster = await tx.cluster.create({
    data: { provinceId: province.id, name: fixture.cluster.name, description: 'Vũ Quang, Hương Sơn, Hương Khê, Lộc Hà, Cẩm Xuyên, Kỳ Anh' },
  })
  for (const year of [2021, 2022]) {
    await tx.clusterMembership.createMany({
      data: rotation.map((name, i) => ({ clusterId: cluster.id, unitId: units.get(name)!, year, rotationOrder: i + 1 })),
    })
  }
  await tx.chairTerm.create({
    data: { clusterId: cluster.id, year: 2021, role: 'CHAIR', unitId: units.get(fixture.cluster.chairByYear['2021'])! },
  })
  // Proposals to the province are due on 15 March of the next year: a provincial setting, kept as data.
  // The sources give the 2021 theme only; 2022 carries it on (illustrative).
  for (const year of [2021, 2022]) {
    await tx.campaign.create({
      data: { provinceId: province.id, year, theme: fixture.campaign.theme, proposalDeadline: new Date(`${year + 1}-03-15`) },
    })
  }

  const passwordHash = await hash(demoPassword)
  const users = new Map<string, string>()
  for (const a of demoAccounts) {
    const user = await tx.user.create({ data: { email: a.email, name: a.name, title: a.title, passwordHash } })
    users.set(a.email, user.id)
    const unitId = a.unit ? units.get(a.unit)! : null
    const base = { userId: user.id, provinceId: province.id }
    if (a.role === 'BOARD') await tx.roleAssignment.create({ data: { ...base, role: 'BOARD' } })
    if (a.role === 'MEMBER_HEAD') await tx.roleAssignment.create({ data: { ...base, role: 'MEMBER_HEAD', unitId } })
    if (a.role === 'SECRETARIAT') await tx.roleAssignment.create({ data: { ...base, role: 'MEMBER_STAFF', unitId } })
  }
  const vuQuangStaff = users.get('thuongtruc.vuquang@hatinh.test')!
  await tx.roleAssignment.create({
    data: {
      userId: vuQuangStaff,
      provinceId: province.id,
      role: 'SECRETARIAT',
      clusterId: cluster.id,
      unitId: units.get('Vũ Quang')!,
      year: 2021,
    },
  })
  return { provinceId: province.id, clusterId: cluster.id, units, users, indicators: new Map() }
}
