'use client'
import { useTranslations } from 'next-intl'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { confirmBeforeSubmit, useGuardedForm, type GuardedFormAction } from '@/components/ui/use-guarded-form'

export function CarryForwardForm({ action, clusterId, fromYear }: { action: GuardedFormAction; clusterId: string; fromYear: number }) {
  const t = useTranslations('rotation')
  const { state, formAction } = useGuardedForm(action)
  const year = fromYear + 1
  return (
    <form
      action={formAction}
      onSubmit={confirmBeforeSubmit(t('carryQuestion', { year, from: fromYear }))}
      className="space-y-2"
      aria-label={t('carryTitle', { year })}
    >
      <p className="text-sm text-slate-700">{t('carryIntro', { year, from: fromYear })}</p>
      <input type="hidden" name="clusterId" value={clusterId} />
      <input type="hidden" name="fromYear" value={fromYear} />
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton variant="plain" pending={t('confirming')}>
        {t('carry', { year })}
      </SubmitButton>
    </form>
  )
}
