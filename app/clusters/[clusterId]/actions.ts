'use server'
import { guardedAction, type FormState } from '@/lib/auth/guarded-action'
import { assignTermDefinition, confirmHandoverDefinition, recordMeetingDefinition } from '@/lib/rotation/definitions'

// Public endpoints: each runs through lib/auth/run-guarded.ts (sign-in → role, cluster and year →
// zod → transaction with audit row). A handover changes rights everywhere: revalidate the whole app.
const recordMeeting = guardedAction(recordMeetingDefinition, '/')
const confirmHandover = guardedAction(confirmHandoverDefinition, '/')
const assignTerm = guardedAction(assignTermDefinition, '/')

export async function recordMeetingAction(state: FormState, form: FormData) {
  return recordMeeting(state, form)
}
export async function confirmHandoverAction(state: FormState, form: FormData) {
  return confirmHandover(state, form)
}
export async function assignTermAction(state: FormState, form: FormData) {
  return assignTerm(state, form)
}
