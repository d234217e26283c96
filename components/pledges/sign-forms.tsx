'use client'
import { useTranslations } from 'next-intl'
import { TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { confirmBeforeSubmit, useGuardedForm, type GuardedFormAction } from '@/components/ui/use-guarded-form'

type Target = { action: GuardedFormAction; versionId: string; unitId: string }

// The chairman confirms with their password: the fingerprint of the text they read travels with
// the signature, so a text changed meanwhile is refused rather than signed unseen.
export function SignForm({ action, versionId, unitId, fingerprint }: Target & { fingerprint: string }) {
  const t = useTranslations('pledges.sign')
  const { state, formAction, errors: e } = useGuardedForm(action)
  if (state.ok) return <FormMessage ok message={state.message} />
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={t('confirm')}>
      <input type="hidden" name="versionId" value={versionId} />
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="fingerprint" value={fingerprint} />
      <TextField name="password" type="password" autoComplete="current-password" label={t('password')} required error={e.password} />
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton pending={t('signing')}>{t('confirm')}</SubmitButton>
    </form>
  )
}

export function DeclineForm({ action, versionId, unitId }: Target) {
  const t = useTranslations('pledges.sign')
  const { state, formAction, values: v, errors: e } = useGuardedForm(action)
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={t('declineTitle')} key={state.message}>
      <input type="hidden" name="versionId" value={versionId} />
      <input type="hidden" name="unitId" value={unitId} />
      <TextField name="reason" label={t('reason')} required defaultValue={v.reason} error={e.reason} />
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton variant="danger" pending={t('signing')}>
        {t('decline')}
      </SubmitButton>
    </form>
  )
}

export function PublishForm({
  action,
  versionId,
  label,
  pending,
  question,
}: {
  action: GuardedFormAction
  versionId: string
  label: string
  pending: string
  question: string
}) {
  const { state, formAction } = useGuardedForm(action)
  return (
    <form action={formAction} onSubmit={confirmBeforeSubmit(question)} className="space-y-2">
      <input type="hidden" name="versionId" value={versionId} />
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton pending={pending}>{label}</SubmitButton>
    </form>
  )
}
