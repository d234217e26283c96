// The demo: the real case of Hà Tĩnh's Cluster No. 2 (prisma/fixtures/ha-tinh-cluster-2-2021.json),
// told in the order it happened, one function per step. Used by `prisma/seed.ts` and by the tests,
// so the tests check the very data a new user signs in to.
//
//   foundation          the province, the cluster and its members, the campaigns, one account per role
//   figures             December 2021: the indicators and the 2021 figures the members entered
//   figuresConfirmed    the figures submitted and confirmed                  ← 'before-handover' ends here
//   conference          7 January 2022 at Vũ Quang: the year-end meeting, all six present
//   pledge2022          the 2022 pledge signed by the six chairmen that morning, in force
//   handover            the chair of 2022 handed to Lộc Hà                   ← 'after-handover' (default)
//
// A new step is one entry in `story`, at the stage whose state it belongs to.
import type { PrismaClient } from '../lib/db/generated/client'
import { seedFoundation } from './demo/foundation'
import { seedFigures2021 } from './demo/figures'
import { confirmFigures2021 } from './demo/figures-confirmed'
import { recordConference } from './demo/conference'
import { signPledge2022 } from './demo/pledge-2022'
import { handOverChair } from './demo/handover'
import type { DemoStep } from './demo/context'

export { demoAccounts, demoPassword, type DemoAccount } from './demo/accounts'
export { DEMO_PLEDGE_VERSION_ID, demoPledgeContent } from './demo/pledge-2022'

// 'figures-in-progress' is December 2021, before anyone submitted; 'before-handover' is the eve of
// the 7 January 2022 conference (the handover e2e test replays it from there); 'after-handover' is
// the state the conference left, where a newcomer starts.
export const demoStages = ['figures-in-progress', 'before-handover', 'after-handover'] as const
export type DemoStage = (typeof demoStages)[number]

export const story = [
  { name: 'figures', stage: 'figures-in-progress', run: seedFigures2021 },
  { name: 'figuresConfirmed', stage: 'before-handover', run: confirmFigures2021 },
  { name: 'conference', stage: 'after-handover', run: recordConference },
  { name: 'pledge2022', stage: 'after-handover', run: signPledge2022 },
  { name: 'handover', stage: 'after-handover', run: handOverChair },
] as const satisfies readonly { name: string; stage: DemoStage; run: DemoStep }[]
export type DemoStepName = (typeof story)[number]['name']

export function isDemoStage(value: unknown): value is DemoStage {
  return demoStages.includes(value as DemoStage)
}

/** Seeds the story up to `stage`. Tests may leave steps out (`skip`) to act them out themselves. */
export async function seedDemo(db: PrismaClient, stage: DemoStage = 'after-handover', { skip = [] }: { skip?: DemoStepName[] } = {}) {
  const last = demoStages.indexOf(stage)
  return db.$transaction(
    async (tx) => {
      const ctx = await seedFoundation(tx)
      for (const step of story) {
        if (demoStages.indexOf(step.stage) <= last && !skip.includes(step.name)) await step.run(tx, ctx)
      }
      await tx.auditLog.create({
        data: {
          action: 'seed.demo',
          entity: 'Province',
          entityId: ctx.provinceId,
          provinceId: ctx.provinceId,
          data: { source: 'ha-tinh-cluster-2-2021.json', stage, skipped: skip },
        },
      })
      return ctx
    },
    { timeout: 30_000 },
  )
}
