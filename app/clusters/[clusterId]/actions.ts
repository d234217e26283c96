'use server'
import { guardedAction } from '@/lib/auth/guarded-action'
import { assignTermDefinition, confirmHandoverDefinition, recordMeetingDefinition } from '@/lib/rotation/definitions'

// Public endpoints: each runs through lib/auth/run-guarded.ts (sign-in → role, cluster and year →
// zod → transaction with audit row). A handover changes rights everywhere: revalidate the whole app.
export const recordMeetingAction = guardedAction(recordMeetingDefinition, '/')
export const confirmHandoverAction = guardedAction(confirmHandoverDefinition, '/')
export const assignTermAction = guardedAction(assignTermDefinition, '/')
