// One demo account per role. Every one shares the published password below: the demo is never
// seeded into a real server unless asked (SEED_DEMO=1).
import fixture from '../fixtures/ha-tinh-cluster-2-2021.json' with { type: 'json' }
import { emailOf } from './context'

export const demoPassword = 'ThiDua@2021'

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/\s+/g, '')
    .toLowerCase()

// The sources name two of the six chairmen; the others are placeholders, marked as such.
const chairmanNames: Record<string, string> = {
  'Vũ Quang': 'Bùi Khắc Bằng',
  'Hương Sơn': 'Nguyễn Quang Thọ',
}

export type DemoAccount = {
  email: string
  name: string
  title: string
  unit: string | null
  role: 'BOARD' | 'SECRETARIAT' | 'MEMBER_HEAD'
}

export const chairmanEmail = (unit: string) => `chutich.${slug(unit)}@hatinh.test`

export const demoAccounts: DemoAccount[] = [
  { email: emailOf.board, name: fixture.province.boardHead, title: 'Trưởng ban Thi đua - Khen thưởng tỉnh', unit: null, role: 'BOARD' },
  // Staff of the two chair units: member staff of their unit, and the secretariat of the year their
  // unit chairs (Vũ Quang 2021 from the start; Lộc Hà 2022 from the handover on 7 January 2022).
  {
    email: emailOf.vuQuangSecretariat,
    name: 'Cán bộ thường trực Vũ Quang (minh họa)',
    title: 'Chuyên viên Phòng Nội vụ huyện Vũ Quang',
    unit: 'Vũ Quang',
    role: 'SECRETARIAT',
  },
  {
    email: emailOf.locHaSecretariat,
    name: 'Cán bộ thường trực Lộc Hà (minh họa)',
    title: 'Chuyên viên Phòng Nội vụ huyện Lộc Hà',
    unit: 'Lộc Hà',
    role: 'SECRETARIAT',
  },
  ...fixture.cluster.members.map((m) => ({
    email: chairmanEmail(m.name),
    name: chairmanNames[m.name] ?? `Chủ tịch UBND huyện ${m.name} (minh họa)`,
    title: `Chủ tịch UBND huyện ${m.name}`,
    unit: m.name,
    role: 'MEMBER_HEAD' as const,
  })),
]
