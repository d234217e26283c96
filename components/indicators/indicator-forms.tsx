'use client'
import { useTranslations } from 'next-intl'
import { indicatorKinds } from '@/lib/indicators/schemas'
import { SelectField, TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { confirmBeforeSubmit, useGuardedForm, type GuardedFormAction } from '@/components/ui/use-guarded-form'

type Props = { action: GuardedFormAction; provinceId: string; year: number }

export function CreateIndicatorForm({ action, provinceId, year }: Props) {
  const t = useTranslations('indicators.catalogue')
  const { state, formAction, values: v, errors: e } = useGuardedForm(action)
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={t('new')} key={state.message}>
      <input type="hidden" name="provinceId" value={provinceId} />
      <input type="hidden" name="year" value={year} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField name="code" label={t('code')} defaultValue={v.code} error={e.code} />
        <TextField name="nameVi" label={t('nameVi')} defaultValue={v.nameVi} error={e.nameVi} />
        <TextField name="nameEn" label={t('nameEn')} defaultValue={v.nameEn} error={e.nameEn} />
        <TextField name="unit" label={t('unit')} defaultValue={v.unit} error={e.unit} />
        <SelectField name="kind" label={t('kind')} defaultValue={v.kind ?? 'AMOUNT'} error={e.kind}>
          {indicatorKinds.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField name="direction" label={t('direction')} defaultValue={v.direction ?? 'HIGHER_IS_BETTER'} error={e.direction}>
          <option value="HIGHER_IS_BETTER">{t('higher')}</option>
          <option value="LOWER_IS_BETTER">{t('lower')}</option>
        </SelectField>
        <TextField name="decimals" label={t('decimals')} inputMode="numeric" defaultValue={v.decimals ?? '0'} error={e.decimals} />
        <TextField name="groupName" label={t('group')} defaultValue={v.groupName} error={e.groupName} />
      </div>
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">{t('periods')}</legend>
        <label className="inline-flex items-center gap-1">
          <input type="checkbox" name="periodYear" defaultChecked /> {t('periodYear')}
        </label>
        <label className="inline-flex items-center gap-1">
          <input type="checkbox" name="periodH1" /> {t('periodH1')}
        </label>
        <label className="inline-flex items-center gap-1">
          <input type="checkbox" name="reduction" /> {t('reduction')}
        </label>
        {e.periodYear && <span className="text-red-700">{e.periodYear}</span>}
      </fieldset>
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton pending={t('saving')}>{t('create')}</SubmitButton>
    </form>
  )
}

export function CopyListForm({ action, provinceId, year }: Props) {
  const t = useTranslations('indicators.catalogue')
  const { state, formAction } = useGuardedForm(action)
  return (
    <form action={formAction} onSubmit={confirmBeforeSubmit(t('copyQuestion', { year, from: year - 1 }))} className="space-y-2">
      <input type="hidden" name="provinceId" value={provinceId} />
      <input type="hidden" name="year" value={year} />
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton variant="plain" pending={t('saving')}>
        {t('copy', { from: year - 1 })}
      </SubmitButton>
    </form>
  )
}
