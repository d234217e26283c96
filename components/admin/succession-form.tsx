'use client'
import { useTranslations } from 'next-intl'
import { SelectField } from '@/components/ui/field'
import { DateField } from '@/components/ui/date-field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { useGuardedForm, type GuardedFormAction } from '@/components/ui/use-guarded-form'

export function SuccessionForm({ action, units }: { action: GuardedFormAction; units: { id: string; label: string }[] }) {
  const t = useTranslations('admin')
  const { state, formAction, values: v, errors: e } = useGuardedForm(action)
  const options = units.map((u) => (
    <option key={u.id} value={u.id}>
      {u.label}
    </option>
  ))
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={t('successionTitle')} key={state.message}>
      <p className="text-sm text-slate-600">{t('successionIntro')}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField name="predecessorId" label={t('predecessor')} defaultValue={v.predecessorId ?? ''} error={e.predecessorId}>
          <option value="">—</option>
          {options}
        </SelectField>
        <SelectField name="successorId" label={t('successor')} defaultValue={v.successorId ?? ''} error={e.successorId}>
          <option value="">—</option>
          {options}
        </SelectField>
        <DateField name="effectiveOn" label={t('effectiveOn')} defaultValue={v.effectiveOn ?? '2025-07-01'} error={e.effectiveOn} />
      </div>
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton pending={t('saving')}>{t('create')}</SubmitButton>
    </form>
  )
}
