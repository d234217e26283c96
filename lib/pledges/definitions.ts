import 'server-only'
import { db } from '@/lib/db/client'
import type { GuardedDefinition } from '@/lib/auth/run-guarded'
import { write } from '@/lib/auth/write-context'
import { clusterScope } from '@/lib/clusters/cluster-scope'
import { publish } from './publish'
import { saveDraft } from './save-draft'
import { decline, sign } from './sign'
import { declineSchema, publishSchema, saveDraftSchema, signSchema } from './schemas'

// The pledge as guarded definitions (bound to forms in app/clusters/[clusterId]/[year]/pledge/actions.ts).

async function versionScope(versionId: string, unitId?: string) {
  const v = await db.pledgeVersion.findUnique({
    where: { id: versionId },
    select: { pledge: { select: { clusterId: true, year: true, cluster: { select: { provinceId: true } } } } },
  })
  return v && { provinceId: v.pledge.cluster.provinceId, clusterId: v.pledge.clusterId, year: v.pledge.year, unitId }
}

export const saveDraftDefinition = {
  name: 'pledge.draft',
  schema: saveDraftSchema,
  action: 'pledge.draft',
  scope: (input) => clusterScope(input.clusterId, input.year),
  run: write(saveDraft, 'pledges.draftSaved'),
  conflict: 'conflict',
} satisfies GuardedDefinition<typeof saveDraftSchema>

export const publishDefinition = {
  name: 'pledge.publish',
  schema: publishSchema,
  action: 'pledge.draft',
  scope: (input) => versionScope(input.versionId),
  run: write(publish, 'pledges.published'),
} satisfies GuardedDefinition<typeof publishSchema>

// The unit comes from the request and is checked against the signer's own unit by `unit.sign`:
// a chairman of Kỳ Anh posting a signature for Lộc Hà is refused before anything is read.
export const signDefinition = {
  name: 'pledge.sign',
  schema: signSchema,
  action: 'unit.sign',
  scope: (input) => versionScope(input.versionId, input.unitId),
  run: (input, ctx) => sign(ctx, input),
  conflict: 'pledges.alreadySigned',
} satisfies GuardedDefinition<typeof signSchema>

export const declineDefinition = {
  name: 'pledge.decline',
  schema: declineSchema,
  action: 'unit.sign',
  scope: (input) => versionScope(input.versionId, input.unitId),
  run: write(decline, 'pledges.declinedSaved'),
} satisfies GuardedDefinition<typeof declineSchema>
