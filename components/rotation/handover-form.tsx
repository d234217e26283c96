'use client'
import { useTranslations } from 'next-intl'
import { SelectField, TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { confirmBeforeSubmit, useGuardedForm, type GuardedFormAction } from '@/components/ui/use-guarded-form'

type Props = {
  action: GuardedFormAction
  meetingId: string
  toYear: number
  candidates: { id: string; name: string }[]
  proposal: { chairUnitId: string | null; deputyUnitId: string | null }
}

export function HandoverForm({ action, meetingId, toYear, candidates, proposal }: Props) {
  const t = useTranslations('rotation')
  const { state, formAction, values: v, errors: e } = useGuardedForm(action)
  const name = (id: string | null) => candidates.find((c) => c.id === id)?.name ?? t('noProposal')
  if (state.ok) return <FormMessage ok message={state.message} />
  return (
    <form
      action={formAction}
      onSubmit={confirmBeforeSubmit(t('confirmQuestion', { year: toYear }))}
      className="space-y-3"
      noValidate
      aria-label={t('handoverTitle', { year: toYear })}
    >
      <p className="text-sm text-slate-700">
        {t('handoverIntro', { chair: name(proposal.chairUnitId), deputy: name(proposal.deputyUnitId) })}
      </p>
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="chairUnitId"
          label={t('nextChair', { year: toYear })}
          defaultValue={v.chairUnitId ?? proposal.chairUnitId ?? ''}
          error={e.chairUnitId}
        >
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="deputyUnitId"
          label={t('nextDeputy', { year: toYear })}
          defaultValue={v.deputyUnitId ?? proposal.deputyUnitId ?? ''}
          error={e.deputyUnitId}
        >
          <option value="">{t('noDeputy')}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField name="reason" label={t('reason')} defaultValue={v.reason} error={e.reason} />
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton pending={t('confirming')}>{t('confirm')}</SubmitButton>
    </form>
  )
}
