import 'server-only'
import type { GuardedDefinition } from '@/lib/auth/run-guarded'
import { write } from '@/lib/auth/write-context'
import { clusterScope } from '@/lib/clusters/cluster-scope'
import { saveGrid } from './save-grid'
import { ActionRefusal } from '@/lib/auth/action-refusal'
import { can } from '@/lib/auth/permissions'
import { reviewFigures } from './review'
import { copyListSchema, createIndicatorSchema, reviewSchema, saveGridSchema } from './schemas'
import { copyLastYear, createIndicator } from './catalogue'

// Reading the cluster-year admits the request; each row is then checked with unit.enterFigures
// (member staff: their own unit; the secretariat and the board: every unit) inside saveGrid.
export const saveGridDefinition = {
  name: 'figures.save',
  schema: saveGridSchema,
  action: 'cluster.read',
  scope: (input) => clusterScope(input.clusterId, input.year),
  run: write(saveGrid, 'indicators.saved'),
  conflict: 'gridConflict',
} satisfies GuardedDefinition<typeof saveGridSchema>

// Submitting is the member's act on its own unit (unit.enterFigures); confirming and returning are
// the secretariat's (cluster.manage), checked again on the scope with the unit.
export const reviewDefinition = {
  name: 'figures.review',
  schema: reviewSchema,
  action: 'unit.enterFigures',
  scope: async (input) => {
    const scope = await clusterScope(input.clusterId, input.year)
    return scope && { ...scope, unitId: input.unitId }
  },
  run: async (input, ctx) => {
    if (input.step !== 'submit' && !can(ctx.principal, 'cluster.manage', ctx.scope)) throw new ActionRefusal('forbidden')
    await reviewFigures(ctx, input)
    return `indicators.review.${input.step}Done`
  },
} satisfies GuardedDefinition<typeof reviewSchema>

export const createIndicatorDefinition = {
  name: 'indicator.create',
  schema: createIndicatorSchema,
  action: 'province.administer',
  scope: async (input) => ({ provinceId: input.provinceId }),
  run: write(createIndicator, 'indicators.catalogue.created'),
  conflict: 'indicatorCodeTaken',
} satisfies GuardedDefinition<typeof createIndicatorSchema>

export const copyListDefinition = {
  name: 'indicator.copyYear',
  schema: copyListSchema,
  action: 'province.administer',
  scope: async (input) => ({ provinceId: input.provinceId }),
  run: write(copyLastYear, 'indicators.catalogue.copied'),
  conflict: 'listExists',
} satisfies GuardedDefinition<typeof copyListSchema>
