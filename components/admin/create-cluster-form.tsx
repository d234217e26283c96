'use client'
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import type { FormState } from '@/lib/auth/guarded-action'
import { TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'

type Props = { action: (s: FormState, f: FormData) => Promise<FormState>; provinceId: string }

export function CreateClusterForm({ action, provinceId }: Props) {
  const t = useTranslations('admin')
  const [state, formAction] = useActionState(action, { ok: false })
  const v = state.ok ? {} : (state.values ?? {})
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={t('newCluster')} key={state.message}>
      <input type="hidden" name="provinceId" value={provinceId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="name" label={t('clusterName')} required defaultValue={v.name} error={state.fieldErrors?.name} />
        <TextField name="description" label={t('description')} defaultValue={v.description} error={state.fieldErrors?.description} />
      </div>
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton pending={t('saving')}>{t('create')}</SubmitButton>
    </form>
  )
}
