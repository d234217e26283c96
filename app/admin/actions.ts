'use server'
import { guardedAction, type FormState } from '@/lib/auth/guarded-action'
import {
  addMembershipDefinition,
  createClusterDefinition,
  createUnitDefinition,
  removeMembershipDefinition,
} from '@/lib/admin/definitions'
import { carryForwardDefinition, rotationOrderDefinition, successionDefinition } from '@/lib/rotation/definitions'
import { copyListDefinition, createIndicatorDefinition } from '@/lib/indicators/definitions'

// Server actions are public endpoints: each goes through lib/auth/run-guarded.ts (sign-in → role
// and province → zod → transaction with audit row). Nothing here trusts the page that called it.

const createClusterAction = guardedAction(createClusterDefinition, '/admin')
const createUnitAction = guardedAction(createUnitDefinition, '/admin')
const addMembershipAction = guardedAction(addMembershipDefinition, '/admin')
const removeMembershipAction = guardedAction(removeMembershipDefinition, '/admin')

export async function createClusterFormAction(state: FormState, form: FormData) {
  return createClusterAction(state, form)
}
export async function createUnitFormAction(state: FormState, form: FormData) {
  return createUnitAction(state, form)
}
export async function addMembershipFormAction(state: FormState, form: FormData) {
  return addMembershipAction(state, form)
}
export async function removeMembershipFormAction(state: FormState, form: FormData) {
  return removeMembershipAction(state, form)
}

const carryForward = guardedAction(carryForwardDefinition, '/')
const rotationOrder = guardedAction(rotationOrderDefinition, '/admin')
const succession = guardedAction(successionDefinition, '/admin')

export async function carryForwardFormAction(state: FormState, form: FormData) {
  return carryForward(state, form)
}
export async function rotationOrderFormAction(state: FormState, form: FormData) {
  return rotationOrder(state, form)
}
export async function successionFormAction(state: FormState, form: FormData) {
  return succession(state, form)
}

const createIndicator = guardedAction(createIndicatorDefinition, '/admin')
const copyList = guardedAction(copyListDefinition, '/admin')

export async function createIndicatorFormAction(state: FormState, form: FormData) {
  return createIndicator(state, form)
}
export async function copyListFormAction(state: FormState, form: FormData) {
  return copyList(state, form)
}
