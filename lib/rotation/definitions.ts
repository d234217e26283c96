import 'server-only'
import { db } from '@/lib/db/client'
import type { GuardedDefinition } from '@/lib/auth/run-guarded'
import { write } from '@/lib/auth/write-context'
import { clusterScope } from '@/lib/clusters/cluster-scope'
import { recordMeeting } from '@/lib/meetings/record-meeting'
import { recordMeetingSchema } from '@/lib/meetings/schemas'
import { assignTerm } from './assign-term'
import { carryForward } from './carry-forward'
import { confirmHandover } from './confirm-handover'
import { recordSuccession } from './record-succession'
import { setRotationOrder } from './set-rotation-order'
import { assignTermSchema, carryForwardSchema, confirmHandoverSchema, rotationOrderSchema, successionSchema } from './schemas'

// The cluster life-cycle as guarded definitions (bound to forms in app/…/actions.ts).

export const recordMeetingDefinition = {
  name: 'meeting.record',
  schema: recordMeetingSchema,
  action: 'cluster.manage',
  scope: (input) => clusterScope(input.clusterId, input.year),
  run: write(recordMeeting, 'meetings.recorded'),
} satisfies GuardedDefinition<typeof recordMeetingSchema>

// The outgoing secretariat (the meeting's year) or the board confirms the handover.
export const confirmHandoverDefinition = {
  name: 'handover.confirm',
  schema: confirmHandoverSchema,
  action: 'cluster.manage',
  scope: async (input) => {
    const meeting = await db.meeting.findUnique({ where: { id: input.meetingId }, select: { clusterId: true, year: true } })
    return meeting && clusterScope(meeting.clusterId, meeting.year)
  },
  run: write(confirmHandover, 'rotation.handedOver'),
  conflict: 'alreadyHandedOver',
} satisfies GuardedDefinition<typeof confirmHandoverSchema>

export const assignTermDefinition = {
  name: 'chairTerm.assign',
  schema: assignTermSchema,
  action: 'province.administer',
  scope: (input) => clusterScope(input.clusterId, input.year),
  run: write(assignTerm, 'rotation.termAssigned'),
  conflict: 'conflict',
} satisfies GuardedDefinition<typeof assignTermSchema>

export const carryForwardDefinition = {
  name: 'cluster.carryForward',
  schema: carryForwardSchema,
  action: 'province.administer',
  scope: (input) => clusterScope(input.clusterId, input.fromYear + 1),
  run: write(carryForward, 'rotation.carriedForward'),
  conflict: 'yearAlreadyOpen',
} satisfies GuardedDefinition<typeof carryForwardSchema>

export const rotationOrderDefinition = {
  name: 'rotation.set',
  schema: rotationOrderSchema,
  action: 'province.administer',
  scope: (input) => clusterScope(input.clusterId, input.year),
  run: write(setRotationOrder, 'rotation.orderSaved'),
} satisfies GuardedDefinition<typeof rotationOrderSchema>

export const successionDefinition = {
  name: 'unit.succession',
  schema: successionSchema,
  action: 'province.administer',
  scope: async (input) => {
    const unit = await db.unit.findUnique({ where: { id: input.predecessorId }, select: { provinceId: true } })
    return unit && { provinceId: unit.provinceId }
  },
  run: write(recordSuccession, 'admin.successionRecorded'),
  conflict: 'successionExists',
} satisfies GuardedDefinition<typeof successionSchema>
