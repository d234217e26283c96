'use server'
import { guardedAction } from '@/lib/auth/guarded-action'
import { addMembershipDefinition, createClusterDefinition, createUnitDefinition, removeMembershipDefinition } from '@/lib/admin/definitions'
import { carryForwardDefinition, rotationOrderDefinition, successionDefinition } from '@/lib/rotation/definitions'
import { copyListDefinition, createIndicatorDefinition } from '@/lib/indicators/definitions'

// Server actions are public endpoints: each goes through lib/auth/run-guarded.ts (sign-in → role and
// province → zod → transaction with audit row). Nothing here trusts the page that called it.
export const createClusterFormAction = guardedAction(createClusterDefinition, '/admin')
export const createUnitFormAction = guardedAction(createUnitDefinition, '/admin')
export const addMembershipFormAction = guardedAction(addMembershipDefinition, '/admin')
export const removeMembershipFormAction = guardedAction(removeMembershipDefinition, '/admin')
export const carryForwardFormAction = guardedAction(carryForwardDefinition, '/')
export const rotationOrderFormAction = guardedAction(rotationOrderDefinition, '/admin')
export const successionFormAction = guardedAction(successionDefinition, '/admin')
export const createIndicatorFormAction = guardedAction(createIndicatorDefinition, '/admin')
export const copyListFormAction = guardedAction(copyListDefinition, '/admin')
