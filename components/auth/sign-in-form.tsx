'use client'
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'

export type SignInState = { message?: string; fieldErrors?: { email?: string; password?: string }; values?: { email: string } }

type Props = { action: (state: SignInState, form: FormData) => Promise<SignInState>; next?: string }

export function SignInForm({ action, next }: Props) {
  const t = useTranslations('auth')
  const [state, formAction] = useActionState(action, {})
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.message && (
        <p role="alert" data-testid="sign-in-error" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.message}
        </p>
      )}
      {next && <input type="hidden" name="next" value={next} />}
      <TextField
        name="email"
        type="email"
        label={t('email')}
        autoComplete="username"
        inputMode="email"
        required
        autoFocus
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <TextField
        name="password"
        type="password"
        label={t('password')}
        autoComplete="current-password"
        required
        error={state.fieldErrors?.password}
      />
      <SubmitButton pending={t('submitting')}>{t('submit')}</SubmitButton>
    </form>
  )
}
