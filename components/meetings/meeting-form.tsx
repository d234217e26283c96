'use client'
import { useTranslations } from 'next-intl'
import { meetingKinds, attendanceStatuses } from '@/lib/meetings/schemas'
import { quorumChoices } from '@/lib/meetings/quorum'
import { FileField, SelectField, TextField } from '@/components/ui/field'
import { DateField } from '@/components/ui/date-field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { useGuardedForm, type GuardedFormAction } from '@/components/ui/use-guarded-form'

type Props = { action: GuardedFormAction; clusterId: string; year: number; members: { id: string; name: string }[]; defaultPlace: string }

const area = 'mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base'

export function MeetingForm({ action, clusterId, year, members, defaultPlace }: Props) {
  const t = useTranslations('meetings')
  const { state, formAction, values: v, errors: e } = useGuardedForm(action)
  return (
    <form action={formAction} className="space-y-4" noValidate aria-label={t('record')} key={state.message}>
      <input type="hidden" name="clusterId" value={clusterId} />
      <input type="hidden" name="year" value={year} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField name="kind" label={t('kind')} defaultValue={v.kind ?? 'YEAR_END'} error={e.kind}>
          {meetingKinds.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <DateField name="heldOn" label={t('heldOn')} required defaultValue={v.heldOn} error={e.heldOn} />
        <TextField name="place" label={t('place')} required defaultValue={v.place ?? defaultPlace} error={e.place} />
        <SelectField name="hostUnitId" label={t('host')} defaultValue={v.hostUnitId ?? ''} error={e.hostUnitId}>
          <option value="">{t('noHost')}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t('attendance')}</legend>
        <div className="divide-y divide-slate-100">
          {members.map((m) => (
            <div key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2" role="radiogroup" aria-label={m.name}>
              <span className="font-medium">{m.name}</span>
              <span className="flex flex-wrap gap-3 text-sm">
                {attendanceStatuses.map((s) => (
                  <label key={s} className="inline-flex items-center gap-1">
                    <input type="radio" name={`att_${m.id}`} value={s} defaultChecked={(v[`att_${m.id}`] ?? 'PRESENT') === s} />
                    {t(`statuses.${s}`)}
                  </label>
                ))}
              </span>
              {e[`att_${m.id}`] && <p className="w-full text-sm text-red-700">{e[`att_${m.id}`]}</p>}
            </div>
          ))}
        </div>
      </fieldset>
      <SelectField name="quorum" label={t('quorum')} defaultValue={v.quorum ?? '2/3'} error={e.quorum}>
        {quorumChoices.map((q) => (
          <option key={q} value={q}>
            {q}
          </option>
        ))}
      </SelectField>
      {(['agenda', 'decisions', 'minutes'] as const).map((field) => (
        <label key={field} className="block text-sm font-medium text-slate-700">
          {t(field)}
          <textarea
            name={field}
            rows={field === 'minutes' ? 6 : 3}
            defaultValue={v[field]}
            className={area}
            aria-invalid={e[field] ? true : undefined}
          />
          {e[field] && <span className="mt-1 block text-sm text-red-700">{e[field]}</span>}
        </label>
      ))}
      <FileField name="minutesFile" label={t('minutesFile')} accept=".pdf,.doc,.docx,.jpg,.jpeg,.png" error={e.minutesFile} />
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton pending={t('saving')}>{t('save')}</SubmitButton>
    </form>
  )
}
