'use server'
import { guardedAction, type FormState } from '@/lib/auth/guarded-action'
import { reviewDefinition, saveGridDefinition } from '@/lib/indicators/definitions'

const saveGrid = guardedAction(saveGridDefinition, '/')

export async function saveGridAction(state: FormState, form: FormData) {
  return saveGrid(state, form)
}

const review = guardedAction(reviewDefinition, '/')

export async function reviewAction(state: FormState, form: FormData) {
  return review(state, form)
}
