'use client'
import { useTranslations } from 'next-intl'
import type { Completeness } from '@/lib/indicators/load-grid'
import { useGuardedForm, type GuardedFormAction } from '@/components/ui/use-guarded-form'

type Props = {
  rows: Completeness
  action: GuardedFormAction
  clusterId: string
  year: number
  period: 'H1' | 'YEAR'
  submitUnitIds: string[] // units whose figures the user may submit
  canManage: boolean // the secretariat or the board: confirm and return
}

const badge: Record<string, string> = {
  DRAFT: 'bg-slate-100',
  SUBMITTED: 'bg-amber-100 text-amber-900',
  CONFIRMED: 'bg-green-100 text-green-900',
  RETURNED: 'bg-red-100 text-red-900',
}

function Step({
  action,
  hidden,
  step,
  label,
  withComment,
}: {
  action: GuardedFormAction
  hidden: Record<string, string>
  step: string
  label: string
  withComment?: string
}) {
  const { state, formAction, pending } = useGuardedForm(action)
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-1">
      {Object.entries({ ...hidden, step }).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {withComment && (
        <input
          name="comment"
          aria-label={withComment}
          placeholder={withComment}
          className="w-48 rounded border border-slate-300 px-2 py-1 text-sm"
          aria-invalid={state.fieldErrors?.comment ? true : undefined}
        />
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-slate-300 bg-white px-2 py-1 text-xs font-semibold hover:bg-slate-100 disabled:opacity-50"
      >
        {label}
      </button>
      {!state.ok && state.message && (
        <span role="status" className="text-xs text-red-700">
          {state.fieldErrors?.comment ?? state.message}
        </span>
      )}
    </form>
  )
}

// Completeness and review, member by member: the member submits, the secretariat confirms (the
// figures lock) or returns them with a comment the member reads here.
export function ReviewPanel({ rows, action, clusterId, year, period, submitUnitIds, canManage }: Props) {
  const t = useTranslations('indicators.review')
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="review-panel">
        <thead className="bg-slate-100 text-left text-xs text-slate-600">
          <tr>
            <th className="px-2 py-2">{t('unit')}</th>
            <th className="px-2 py-2">{t('filled')}</th>
            <th className="px-2 py-2">{t('status')}</th>
            <th className="px-2 py-2">
              <span className="sr-only">{t('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => {
            const hidden = { clusterId, year: String(year), period, unitId: r.unit.id }
            return (
              <tr key={r.unit.id} data-testid={`review-${r.unit.name}`}>
                <td className="px-2 py-1.5 font-medium">{r.unit.name}</td>
                <td className="px-2 py-1.5 tabular-nums">
                  {r.filled}/{r.total}
                </td>
                <td className="px-2 py-1.5">
                  <span className={`whitespace-nowrap rounded px-2 py-0.5 ${badge[r.status]}`} data-testid="review-status">
                    {t(`statuses.${r.status}`)}
                  </span>
                  {r.status === 'RETURNED' && r.comment && (
                    <p className="mt-1 text-xs text-red-800">{t('returnedBecause', { comment: r.comment })}</p>
                  )}
                </td>
                <td className="px-2 py-1.5">
                  <div className="flex flex-wrap gap-2">
                    {submitUnitIds.includes(r.unit.id) && (r.status === 'DRAFT' || r.status === 'RETURNED') && (
                      <Step action={action} hidden={hidden} step="submit" label={t('submit')} />
                    )}
                    {canManage && r.status === 'SUBMITTED' && <Step action={action} hidden={hidden} step="confirm" label={t('confirm')} />}
                    {canManage && (r.status === 'SUBMITTED' || r.status === 'CONFIRMED') && (
                      <Step action={action} hidden={hidden} step="return" label={t('return')} withComment={t('comment')} />
                    )}
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
