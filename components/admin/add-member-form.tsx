'use client'
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import type { FormState } from '@/lib/auth/guarded-action'
import { SelectField, TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'

type Props = {
  action: (s: FormState, f: FormData) => Promise<FormState>
  clusterId: string
  year: number
  units: { id: string; name: string; kindLabel: string }[]
}

export function AddMemberForm({ action, clusterId, year, units }: Props) {
  const t = useTranslations('admin')
  const [state, formAction] = useActionState(action, { ok: false })
  const v = state.ok ? {} : (state.values ?? {})
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={t('addMember', { year })} key={state.message}>
      <input type="hidden" name="clusterId" value={clusterId} />
      <input type="hidden" name="year" value={year} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name="unitId" label={t('chooseUnit')} defaultValue={v.unitId ?? ''} error={state.fieldErrors?.unitId}>
          <option value="">—</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.kindLabel})
            </option>
          ))}
        </SelectField>
        <TextField
          name="rotationOrder"
          label={t('rotationOrder')}
          inputMode="numeric"
          defaultValue={v.rotationOrder}
          error={state.fieldErrors?.rotationOrder}
        />
      </div>
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton pending={t('saving')}>{t('create')}</SubmitButton>
    </form>
  )
}
