// The real case the app starts from (prisma/fixtures/ha-tinh-cluster-2-2021.json): Hà Tĩnh province,
// its board, Cluster No. 2 and its six districts, Vũ Quang chair for 2021 and Lộc Hà for 2022, the
// 2021 campaign, and one demo account per role. Used by `prisma/seed.ts` and by the tests, so the
// tests check the very data a new user signs in to.
import { hash } from '@node-rs/argon2'
import type { PrismaClient } from '../lib/db/generated/client'
import fixture from './fixtures/ha-tinh-cluster-2-2021.json' with { type: 'json' }

export const demoPassword = 'ThiDua@2021'

// Rotation order: Vũ Quang chaired 2021 and handed to Lộc Hà for 2022 (the real case); the order
// after them is illustrative.
const rotation = ['Vũ Quang', 'Lộc Hà', 'Hương Sơn', 'Hương Khê', 'Cẩm Xuyên', 'Kỳ Anh']

const slug = (name: string) =>
  name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').replace(/\s+/g, '').toLowerCase()

const chairmanNames: Record<string, string> = {
  'Vũ Quang': 'Bùi Khắc Bằng',
  'Hương Sơn': 'Nguyễn Quang Thọ',
}

export type DemoAccount = { email: string; name: string; title: string; unit: string | null; role: string }

export const demoAccounts: DemoAccount[] = [
  { email: 'ban.tdkt@hatinh.test', name: fixture.province.boardHead, title: 'Trưởng ban Thi đua - Khen thưởng tỉnh', unit: null, role: 'BOARD' },
  { email: 'thuongtruc.vuquang@hatinh.test', name: 'Cán bộ thường trực Vũ Quang (minh họa)', title: 'Chuyên viên Phòng Nội vụ huyện Vũ Quang', unit: 'Vũ Quang', role: 'SECRETARIAT 2021' },
  { email: 'thuongtruc.locha@hatinh.test', name: 'Cán bộ thường trực Lộc Hà (minh họa)', title: 'Chuyên viên Phòng Nội vụ huyện Lộc Hà', unit: 'Lộc Hà', role: 'SECRETARIAT 2022' },
  ...fixture.cluster.members.map((m) => ({
    email: `chutich.${slug(m.name)}@hatinh.test`,
    name: chairmanNames[m.name] ?? `Chủ tịch UBND huyện ${m.name} (minh họa)`,
    title: `Chủ tịch UBND huyện ${m.name}`,
    unit: m.name,
    role: 'MEMBER_HEAD',
  })),
]

export async function seedDemo(db: PrismaClient) {
  const passwordHash = await hash(demoPassword)
  return db.$transaction(async (tx) => {
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
    for (const [year, name] of Object.entries(fixture.cluster.chairByYear)) {
      await tx.chairTerm.create({ data: { clusterId: cluster.id, year: Number(year), role: 'CHAIR', unitId: units.get(name)! } })
    }
    await tx.campaign.create({
      data: {
        provinceId: province.id,
        year: fixture.campaign.year,
        theme: fixture.campaign.theme,
        // "Proposals to the province due 15 March" (DOMAIN.md): a setting, not code.
        proposalDeadline: new Date('2022-03-15'),
      },
    })

    const users = new Map<string, string>()
    for (const a of demoAccounts) {
      const user = await tx.user.create({ data: { email: a.email, name: a.name, title: a.title, passwordHash } })
      users.set(a.email, user.id)
      const unitId = a.unit ? units.get(a.unit)! : null
      const base = { userId: user.id, provinceId: province.id }
      if (a.role === 'BOARD') await tx.roleAssignment.create({ data: { ...base, role: 'BOARD' } })
      if (a.role.startsWith('SECRETARIAT')) {
        await tx.roleAssignment.createMany({
          data: [
            { ...base, role: 'SECRETARIAT', clusterId: cluster.id, unitId, year: Number(a.role.split(' ')[1]) },
            { ...base, role: 'MEMBER_STAFF', unitId },
          ],
        })
      }
      if (a.role === 'MEMBER_HEAD') await tx.roleAssignment.create({ data: { ...base, role: 'MEMBER_HEAD', unitId } })
    }
    await tx.auditLog.create({ data: { action: 'seed.demo', entity: 'Province', entityId: province.id, provinceId: province.id, data: { source: 'ha-tinh-cluster-2-2021.json' } } })
    return { provinceId: province.id, clusterId: cluster.id, units, users }
  }, { timeout: 30_000 })
}
