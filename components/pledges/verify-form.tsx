'use client'
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { FileField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import type { Verification } from '@/lib/pledges/verify'
import { formatMoment } from '@/lib/dates/vn-date'

export type VerifyState = { verification?: Verification; error?: 'badCode' | 'badFile' }

type Props = { action: (state: VerifyState, form: FormData) => Promise<VerifyState>; initialCode?: string }

export function VerifyForm({ action, initialCode }: Props) {
  const t = useTranslations('verify')
  const s = useTranslations('pledges.statuses')
  const [state, formAction] = useActionState(action, {})
  const v = state.verification
  return (
    <div className="space-y-6">
      <div className="grid gap-6 md:grid-cols-2">
        <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label={t('checkCode')}>
          <TextField
            name="code"
            label={t('code')}
            defaultValue={initialCode}
            autoCapitalize="characters"
            placeholder="XXXX-XXXX-XXXX"
            error={state.error === 'badCode' ? t('badCode') : undefined}
          />
          <SubmitButton pending={t('checking')}>{t('checkCode')}</SubmitButton>
        </form>
        <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label={t('checkFile')}>
          <FileField
            name="file"
            accept="application/pdf,.pdf"
            label={t('file')}
            error={state.error === 'badFile' ? t('badFile') : undefined}
          />
          <SubmitButton pending={t('checking')}>{t('checkFile')}</SubmitButton>
        </form>
      </div>
      {v && (
        <div
          role="status"
          data-testid="verify-result"
          className={`rounded-lg border p-4 ${v.result === 'genuine' ? 'border-green-300 bg-green-50' : 'border-red-300 bg-red-50'}`}
        >
          <p className="text-lg font-semibold">
            {v.result === 'genuine'
              ? v.via === 'file'
                ? t('genuine')
                : t('genuineCode')
              : v.result === 'altered'
                ? t('altered')
                : t('unknown')}
          </p>
          {v.result !== 'unknown' && (
            <div className="mt-2 space-y-1 text-sm">
              <p>
                {t('details', { cluster: v.pledge.clusterName, year: v.pledge.year, version: v.pledge.version })} — {v.pledge.title}
              </p>
              <p>
                {t('status')}: {s(v.pledge.status)}
              </p>
              <p className="font-medium">{t('signatures', { count: v.pledge.signatures.length, total: v.pledge.signatoriesTotal })}</p>
              <ul className="list-disc pl-6">
                {v.pledge.signatures.map((sig) => (
                  <li key={sig.unitName}>
                    {sig.unitName}: {sig.signerName} — {formatMoment(sig.signedAt)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </div>
  )
}
