import 'server-only'
import type { GuardedDefinition } from '@/lib/auth/run-guarded'
import { clusterScope } from '@/lib/clusters/cluster-scope'
import { saveGrid } from './save-grid'
import { saveGridSchema } from './schemas'

// Reading the cluster-year admits the request; each row is then checked with unit.enterFigures
// (member staff: their own unit; the secretariat and the board: every unit) inside saveGrid.
export const saveGridDefinition = {
  name: 'figures.save',
  schema: saveGridSchema,
  action: 'cluster.read',
  scope: (input) => clusterScope(input.clusterId, input.year),
  run: async (input, { tx, principal, ip, scope }) => {
    await saveGrid({ tx, principal, ip, scope }, input)
    return 'indicators.saved'
  },
  conflict: 'gridConflict',
} satisfies GuardedDefinition<typeof saveGridSchema>
