'use client'
import { useActionState } from 'react'
import type { FormState } from '@/lib/auth/guarded-action'

export type GuardedFormAction = (state: FormState, form: FormData) => Promise<FormState>

// A form bound to a guarded server action: the outcome, the values to show again after an error
// (React 19 resets the fields), and each field's error.
export function useGuardedForm(action: GuardedFormAction) {
  const [state, formAction, pending] = useActionState(action, { ok: false })
  const values = state.ok ? {} : (state.values ?? {})
  const errors = state.fieldErrors ?? {}
  return { state, formAction, pending, values, errors }
}

// For irreversible steps: ask before the form is sent.
export function confirmBeforeSubmit(question: string) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    if (!window.confirm(question)) event.preventDefault()
  }
}
