'use client'
import { useTranslations } from 'next-intl'
import { SelectField, TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { useGuardedForm, type GuardedFormAction } from '@/components/ui/use-guarded-form'

type Props = { action: GuardedFormAction; clusterId: string; years: number[]; units: { id: string; name: string }[] }

export function AssignTermForm({ action, clusterId, years, units }: Props) {
  const t = useTranslations('rotation')
  const roles = useTranslations('chairRoles')
  const { state, formAction, values: v, errors: e } = useGuardedForm(action)
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={t('assignTitle')} key={state.message}>
      <input type="hidden" name="clusterId" value={clusterId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField name="year" label={t('year')} defaultValue={v.year ?? String(years[0] ?? '')} error={e.year}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField name="role" label={t('role')} defaultValue={v.role ?? 'CHAIR'} error={e.role}>
          <option value="CHAIR">{roles('CHAIR')}</option>
          <option value="DEPUTY">{roles('DEPUTY')}</option>
        </SelectField>
        <SelectField name="unitId" label={t('unit')} defaultValue={v.unitId ?? ''} error={e.unitId}>
          <option value="">—</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField name="reason" label={t('assignReason')} required defaultValue={v.reason} error={e.reason} />
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton pending={t('confirming')}>{t('assign')}</SubmitButton>
    </form>
  )
}
