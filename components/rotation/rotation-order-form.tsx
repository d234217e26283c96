'use client'
import { useTranslations } from 'next-intl'
import { TextField } from '@/components/ui/field'
import { FormMessage } from '@/components/ui/form-message'
import { SubmitButton } from '@/components/ui/submit-button'
import { useGuardedForm, type GuardedFormAction } from '@/components/ui/use-guarded-form'

type Props = {
  action: GuardedFormAction
  clusterId: string
  year: number
  members: { id: string; rotationOrder: number | null; unit: { name: string } }[]
}

export function RotationOrderForm({ action, clusterId, year, members }: Props) {
  const t = useTranslations('rotation')
  const { state, formAction, values: v, errors: e } = useGuardedForm(action)
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={t('orderTitle', { year })} key={state.message}>
      <input type="hidden" name="clusterId" value={clusterId} />
      <input type="hidden" name="year" value={year} />
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {members.map((m, i) => (
          <TextField
            key={m.id}
            name={`order_${m.id}`}
            label={m.unit.name}
            inputMode="numeric"
            defaultValue={v[`order_${m.id}`] ?? String(m.rotationOrder ?? i + 1)}
            error={e[`order_${m.id}`]}
          />
        ))}
      </div>
      <FormMessage ok={state.ok} message={state.message} />
      <SubmitButton variant="plain" pending={t('confirming')}>
        {t('orderSave')}
      </SubmitButton>
    </form>
  )
}
