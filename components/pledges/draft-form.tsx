'use client'
import { useTranslations } from 'next-intl'
import { TextField } from '@/components/ui/field'
import { DateField } from '@/components/ui/date-field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { useGuardedForm, type GuardedFormAction } from '@/components/ui/use-guarded-form'

export type DraftValues = {
  title: string
  theme: string
  preamble: string
  commitments: string
  targets: string
  place: string
  signingDate: string
  issuer: string
  documentNumber: string
  recipients: string
  deadline: string
}

type Props = { action: GuardedFormAction; clusterId: string; year: number; initial: DraftValues; warning?: string }

const area =
  'mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600 aria-invalid:bg-red-50'

function Area({
  name,
  label,
  hint,
  rows,
  value,
  error,
}: {
  name: string
  label: string
  hint?: string
  rows: number
  value: string
  error?: string
}) {
  return (
    <label className="block text-sm font-medium text-slate-700">
      {label}
      <textarea
        name={name}
        rows={rows}
        defaultValue={value}
        className={`${area} font-mono text-sm`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : hint ? `${name}-hint` : undefined}
      />
      {hint && !error && (
        <span id={`${name}-hint`} className="mt-1 block text-xs font-normal text-slate-500">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${name}-error`} className="mt-1 block text-sm font-normal text-red-700">
          {error}
        </span>
      )}
    </label>
  )
}

export function DraftForm({ action, clusterId, year, initial, warning }: Props) {
  const t = useTranslations('pledges.form')
  const { state, formAction, values, errors: e } = useGuardedForm(action)
  const v = { ...initial, ...values } as DraftValues
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label={t('save')} key={state.message}>
      {warning && (
        <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" role="note">
          {warning}
        </p>
      )}
      <input type="hidden" name="clusterId" value={clusterId} />
      <input type="hidden" name="year" value={year} />
      <TextField name="title" label={t('title')} required defaultValue={v.title} error={e.title} />
      <TextField name="theme" label={t('theme')} required defaultValue={v.theme} error={e.theme} />
      <Area name="preamble" label={t('preamble')} rows={3} value={v.preamble} error={e.preamble} />
      <Area name="commitments" label={t('commitments')} hint={t('commitmentsHint')} rows={12} value={v.commitments} error={e.commitments} />
      <Area name="targets" label={t('targets')} hint={t('targetsHint')} rows={5} value={v.targets} error={e.targets} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField name="place" label={t('place')} required defaultValue={v.place} error={e.place} />
        <DateField name="signingDate" label={t('signingDate')} required defaultValue={v.signingDate} error={e.signingDate} />
        <TextField name="documentNumber" label={t('documentNumber')} defaultValue={v.documentNumber} error={e.documentNumber} />
        <DateField name="deadline" label={t('deadline')} defaultValue={v.deadline} error={e.deadline} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Area name="issuer" label={t('issuer')} rows={2} value={v.issuer} error={e.issuer} />
        <Area name="recipients" label={t('recipients')} rows={3} value={v.recipients} error={e.recipients} />
      </div>
      <p className="text-sm text-slate-600">{t('signatoriesNote', { year })}</p>
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton pending={t('saving')}>{t('save')}</SubmitButton>
    </form>
  )
}
