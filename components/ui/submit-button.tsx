'use client'
import { useFormStatus } from 'react-dom'
import type { ReactNode } from 'react'

type Props = { children: ReactNode; pending: ReactNode; variant?: 'primary' | 'danger' | 'plain' }

const styles = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800',
  danger: 'border border-red-300 bg-white text-red-700 hover:bg-red-50',
  plain: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-100',
}

// Shows progress while the server works, and cannot be pressed twice.
export function SubmitButton({ children, pending, variant = 'primary' }: Props) {
  const status = useFormStatus()
  return (
    <button
      type="submit"
      disabled={status.pending}
      aria-busy={status.pending}
      className={`inline-flex items-center justify-center rounded px-4 py-2 text-sm font-semibold disabled:opacity-60 ${styles[variant]}`}
    >
      {status.pending ? pending : children}
    </button>
  )
}
