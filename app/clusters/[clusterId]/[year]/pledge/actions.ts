'use server'
import { guardedAction } from '@/lib/auth/guarded-action'
import { declineDefinition, publishDefinition, saveDraftDefinition, signDefinition } from '@/lib/pledges/definitions'

// Public endpoints: each runs through lib/auth/run-guarded.ts. Signing re-checks the signer's own
// unit (unit.sign), whatever unit the request names.
export const saveDraftAction = guardedAction(saveDraftDefinition, '/')
export const publishAction = guardedAction(publishDefinition, '/')
export const signAction = guardedAction(signDefinition, '/')
export const declineAction = guardedAction(declineDefinition, '/')
