// The real case the app starts from (prisma/fixtures/ha-tinh-cluster-2-2021.json): Hà Tĩnh province,
// its board, Cluster No. 2 and its six districts, Vũ Quang chair for 2021 and Lộc Hà for 2022, the
// 2021 campaign, and one demo account per role. Used by `prisma/seed.ts` and by the tests, so the
// tests check the very data a new user signs in to.
import { hash } from '@node-rs/argon2'
import type { PrismaClient } from '../lib/db/generated/client'
import fixture from './fixtures/ha-tinh-cluster-2-2021.json' with { type: 'json' }
import { seedIndicators } from './demo-indicators'

export const demoPassword = 'ThiDua@2021'

// Rotation order: Vũ Quang chaired 2021 and handed to Lộc Hà for 2022 (the real case); the order
// after them is illustrative.
const rotation = ['Vũ Quang', 'Lộc Hà', 'Hương Sơn', 'Hương Khê', 'Cẩm Xuyên', 'Kỳ Anh']

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/\s+/g, '')
    .toLowerCase()

const chairmanNames: Record<string, string> = {
  'Vũ Quang': 'Bùi Khắc Bằng',
  'Hương Sơn': 'Nguyễn Quang Thọ',
}

export type DemoAccount = { email: string; name: string; title: string; unit: string | null; role: string }

export const demoAccounts: DemoAccount[] = [
  {
    email: 'ban.tdkt@hatinh.test',
    name: fixture.province.boardHead,
    title: 'Trưởng ban Thi đua - Khen thưởng tỉnh',
    unit: null,
    role: 'BOARD',
  },
  {
    email: 'thuongtruc.vuquang@hatinh.test',
    name: 'Cán bộ thường trực Vũ Quang (minh họa)',
    title: 'Chuyên viên Phòng Nội vụ huyện Vũ Quang',
    unit: 'Vũ Quang',
    role: 'SECRETARIAT 2021',
  },
  {
    email: 'thuongtruc.locha@hatinh.test',
    name: 'Cán bộ thường trực Lộc Hà (minh họa)',
    title: 'Chuyên viên Phòng Nội vụ huyện Lộc Hà',
    unit: 'Lộc Hà',
    role: 'SECRETARIAT 2022',
  },
  ...fixture.cluster.members.map((m) => ({
    email: `chutich.${slug(m.name)}@hatinh.test`,
    name: chairmanNames[m.name] ?? `Chủ tịch UBND huyện ${m.name} (minh họa)`,
    title: `Chủ tịch UBND huyện ${m.name}`,
    unit: m.name,
    role: 'MEMBER_HEAD',
  })),
]

// 'after-handover' (the default) is the real case as it stands after the meeting of 7 January
// 2022: Lộc Hà chairs 2022 and its staff are the 2022 secretariat. 'before-handover' is the eve of
// that meeting (2022's members are set, nobody chairs 2022 yet): the handover e2e test replays it.
export type DemoStage = 'after-handover' | 'before-handover'

export async function seedDemo(db: PrismaClient, stage: DemoStage = 'after-handover') {
  const handedOver = stage === 'after-handover'
  const passwordHash = await hash(demoPassword)
  return db.$transaction(
    async (tx) => {
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
        data: {
          provinceId: province.id,
          name: fixture.cluster.name,
          description: 'Vũ Quang, Hương Sơn, Hương Khê, Lộc Hà, Cẩm Xuyên, Kỳ Anh',
        },
      })
      for (const year of [2021, 2022]) {
        await tx.clusterMembership.createMany({
          data: rotation.map((name, i) => ({ clusterId: cluster.id, unitId: units.get(name)!, year, rotationOrder: i + 1 })),
        })
      }
      for (const [year, name] of Object.entries(fixture.cluster.chairByYear)) {
        if (year === '2022' && !handedOver) continue
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
          const year = Number(a.role.split(' ')[1])
          await tx.roleAssignment.create({ data: { ...base, role: 'MEMBER_STAFF', unitId } })
          if (year === 2021 || handedOver)
            await tx.roleAssignment.create({ data: { ...base, role: 'SECRETARIAT', clusterId: cluster.id, unitId, year } })
        }
        if (a.role === 'MEMBER_HEAD') await tx.roleAssignment.create({ data: { ...base, role: 'MEMBER_HEAD', unitId } })
      }
      await seedIndicators(tx, province.id, units, users.get('thuongtruc.vuquang@hatinh.test')!)
      if (handedOver) {
        // The review conference of 7 January 2022 at Vũ Quang, all six members present, and the
        // handover it decided. The sources name no deputy chair for 2022, so none is recorded.
        const conference = fixture.campaign.reviewConference
        const meeting = await tx.meeting.create({
          data: {
            clusterId: cluster.id,
            year: 2021,
            kind: 'YEAR_END',
            heldOn: new Date(conference.date),
            place: conference.place,
            hostUnitId: units.get('Vũ Quang')!,
            agenda: conference.agenda,
            createdById: users.get('thuongtruc.vuquang@hatinh.test')!,
            decisions: 'Ký kết giao ước thi đua năm 2022. Bàn giao Trưởng Cụm thi đua năm 2022 cho huyện Lộc Hà.',
            attendance: { createMany: { data: [...units.values()].map((unitId) => ({ unitId, status: 'PRESENT' as const })) } },
          },
        })
        await tx.handover.create({
          data: {
            clusterId: cluster.id,
            fromYear: 2021,
            toYear: 2022,
            meetingId: meeting.id,
            chairUnitId: units.get('Lộc Hà')!,
            proposedChairUnitId: units.get('Lộc Hà')!,
            proposedDeputyUnitId: units.get('Hương Sơn')!,
            reason: 'Tài liệu gốc không nêu Phó cụm năm 2022.',
            confirmedById: users.get('thuongtruc.vuquang@hatinh.test')!,
            confirmedAt: new Date('2022-01-07T10:00:00+07:00'),
          },
        })
      }
      await tx.auditLog.create({
        data: {
          action: 'seed.demo',
          entity: 'Province',
          entityId: province.id,
          provinceId: province.id,
          data: { source: 'ha-tinh-cluster-2-2021.json', stage },
        },
      })
      return { provinceId: province.id, clusterId: cluster.id, units, users }
    },
    { timeout: 30_000 },
  )
}
