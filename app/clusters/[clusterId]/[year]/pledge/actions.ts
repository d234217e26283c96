'use server'
import { guardedAction, type FormState } from '@/lib/auth/guarded-action'
import { declineDefinition, publishDefinition, saveDraftDefinition, signDefinition } from '@/lib/pledges/definitions'

// Public endpoints: each runs through lib/auth/run-guarded.ts. Signing re-checks the signer's own
// unit (unit.sign), whatever unit the request names.
const saveDraft = guardedAction(saveDraftDefinition, '/')
const publish = guardedAction(publishDefinition, '/')
const sign = guardedAction(signDefinition, '/')
const decline = guardedAction(declineDefinition, '/')

export async function saveDraftAction(state: FormState, form: FormData) {
  return saveDraft(state, form)
}
export async function publishAction(state: FormState, form: FormData) {
  return publish(state, form)
}
export async function signAction(state: FormState, form: FormData) {
  return sign(state, form)
}
export async function declineAction(state: FormState, form: FormData) {
  return decline(state, form)
}
