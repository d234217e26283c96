'use client'
import { useId, useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react'
import { useTranslations } from 'next-intl'

type Common = { name: string; label: string; error?: string; hint?: string }

export const control =
  'mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-invalid:border-red-600 aria-invalid:bg-red-50'

// Ids come from useId: two forms on one page may both have a field called `name`.
export function Wrapper({ id, label, error, hint, children }: Omit<Common, 'name'> & { id: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}

// The error sits next to the field and is announced with it (aria-describedby).
export function describedBy(id: string, error?: string, hint?: string) {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined
}

export function TextField({ name, label, error, hint, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId()
  return (
    <Wrapper id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={control}
        {...input}
      />
    </Wrapper>
  )
}

// A file input whose button and "no file" text come from our catalogue, not from the browser's
// language. The real input stays in the page (visually hidden, still focusable with Tab).
export function FileField({ name, label, error, hint, onChange, ...input }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const id = useId()
  const t = useTranslations('fileField')
  const [chosen, setChosen] = useState('')
  return (
    <Wrapper id={id} label={label} error={error} hint={hint}>
      <div className="mt-1 flex min-w-0 items-center gap-2">
        <input
          id={id}
          name={name}
          type="file"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          className="peer sr-only"
          onChange={(e) => {
            setChosen(e.target.files?.[0]?.name ?? '')
            onChange?.(e)
          }}
          {...input}
        />
        <label
          htmlFor={id}
          aria-hidden
          className="shrink-0 cursor-pointer rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 peer-focus-visible:outline-2 peer-focus-visible:outline-brand-600 peer-aria-invalid:border-red-600"
        >
          {t('pick')}
        </label>
        <span className="min-w-0 truncate text-sm text-slate-600" data-testid="file-chosen">
          {chosen || t('none')}
        </span>
      </div>
    </Wrapper>
  )
}

export function SelectField({ name, label, error, hint, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId()
  return (
    <Wrapper id={id} label={label} error={error} hint={hint}>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={control}
        {...select}
      >
        {children}
      </select>
    </Wrapper>
  )
}
