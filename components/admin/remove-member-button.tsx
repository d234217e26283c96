'use client'
import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import type { FormState } from '@/lib/auth/guarded-action'

type Props = { action: (s: FormState, f: FormData) => Promise<FormState>; membershipId: string; unitName: string; year: number }

// Removing a member is confirmed first: it changes who competes, and who may act, that year.
export function RemoveMemberButton({ action, membershipId, unitName, year }: Props) {
  const t = useTranslations('admin')
  const [state, formAction, pending] = useActionState(action, { ok: false })
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(t('removeConfirm', { unit: unitName, year }))) event.preventDefault()
      }}
    >
      <input type="hidden" name="membershipId" value={membershipId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-red-300 px-2 py-1 text-xs text-red-700 hover:bg-red-50 disabled:opacity-50"
      >
        {t('remove')}
      </button>
      {!state.ok && state.message && (
        <span role="status" className="ml-2 text-xs text-red-700">
          {state.message}
        </span>
      )}
    </form>
  )
}
