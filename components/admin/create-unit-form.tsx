'use client'
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import type { FormState } from '@/lib/auth/guarded-action'
import { unitKinds } from '@/lib/admin/schemas'
import { SelectField, TextField } from '@/components/ui/field'
import { DateField } from '@/components/ui/date-field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'

type Props = { action: (s: FormState, f: FormData) => Promise<FormState>; provinceId: string }

export function CreateUnitForm({ action, provinceId }: Props) {
  const t = useTranslations('admin')
  const kinds = useTranslations('unitKinds')
  const [state, formAction] = useActionState(action, { ok: false })
  const v = state.ok ? {} : (state.values ?? {})
  const e = state.fieldErrors ?? {}
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={t('newUnit')} key={state.message}>
      <input type="hidden" name="provinceId" value={provinceId} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField name="name" label={t('unitName')} required defaultValue={v.name} error={e.name} />
        <SelectField name="kind" label={t('unitKind')} defaultValue={v.kind ?? 'COMMUNE'} error={e.kind}>
          {unitKinds.map((k) => (
            <option key={k} value={k}>
              {kinds(k)}
            </option>
          ))}
        </SelectField>
        <DateField name="validFrom" label={t('validFrom')} defaultValue={v.validFrom} error={e.validFrom} />
        <DateField name="validTo" label={t('validTo')} defaultValue={v.validTo} error={e.validTo} />
      </div>
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton pending={t('saving')}>{t('create')}</SubmitButton>
    </form>
  )
}
