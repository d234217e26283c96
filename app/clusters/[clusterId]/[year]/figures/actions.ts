'use server'
import { guardedAction } from '@/lib/auth/guarded-action'
import { reviewDefinition, saveGridDefinition } from '@/lib/indicators/definitions'

// Public endpoints: each runs through lib/auth/run-guarded.ts; rights are checked again per row.
export const saveGridAction = guardedAction(saveGridDefinition, '/')
export const reviewAction = guardedAction(reviewDefinition, '/')
