// What the steps of the demo story share: the transaction, and the ids the first step created.
import type { PrismaClient } from '../../lib/db/generated/client'

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

export type DemoContext = {
  provinceId: string
  clusterId: string
  units: Map<string, string> // unit name → id
  users: Map<string, string> // e-mail → id
  indicators: Map<string, string> // `${year}:${code}` → id
}

export type DemoStep = (tx: Tx, ctx: DemoContext) => Promise<void>

// Times of the story, in Vietnam's time zone.
export const vn = (isoLocal: string) => new Date(`${isoLocal}+07:00`)

export const emailOf = {
  board: 'ban.tdkt@hatinh.test',
  vuQuangSecretariat: 'thuongtruc.vuquang@hatinh.test',
  locHaSecretariat: 'thuongtruc.locha@hatinh.test',
} as const
