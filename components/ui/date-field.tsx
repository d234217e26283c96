'use client'
import { useId, useRef, useState, type InputHTMLAttributes } from 'react'
import { useTranslations } from 'next-intl'
import { isoToVn, parseVnDate } from '@/lib/dates/vn-date'
import { control, describedBy, Wrapper } from './field'

type Props = { name: string; label: string; error?: string; hint?: string; defaultValue?: string } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'defaultValue' | 'name'
>

// The one date field of every form: typed and shown as dd/mm/yyyy whatever the browser's language
// (a native date input follows the browser, mm/dd/yyyy in English). The calendar button opens the
// browser's own picker for those who prefer it, and what it picks is written back as dd/mm/yyyy.
// The field is checked when it loses focus, with the same Vietnamese message the server gives.
// No native `required`: its popup would speak the browser's language; the server says it instead.
export function DateField({ name, label, error, hint, defaultValue = '', required, onBlur, ...input }: Props) {
  const id = useId()
  const t = useTranslations('dateField')
  const errors = useTranslations('errors')
  const text = useRef<HTMLInputElement>(null)
  const picker = useRef<HTMLInputElement>(null)
  const [problem, setProblem] = useState<'date' | 'dateNoSuchDay' | 'dateYear' | null>(null)
  const shown = problem ? errors(problem) : error

  function check() {
    const field = text.current!
    if (!field.value.trim()) return setProblem(null)
    const parsed = parseVnDate(field.value)
    if (!parsed.ok) return setProblem(parsed.problem)
    field.value = isoToVn(parsed.iso)
    setProblem(null)
  }

  function openPicker() {
    const calendar = picker.current!
    const parsed = parseVnDate(text.current!.value)
    calendar.value = parsed.ok ? parsed.iso : ''
    try {
      calendar.showPicker()
    } catch {
      text.current!.focus() // no picker in this browser: typing still works
    }
  }

  return (
    <Wrapper id={id} label={label} error={shown} hint={hint}>
      <div className="flex items-stretch gap-2">
        <input
          ref={text}
          id={id}
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={10}
          placeholder={t('placeholder')}
          defaultValue={isoToVn(defaultValue)}
          aria-required={required ? true : undefined}
          aria-invalid={shown ? true : undefined}
          aria-describedby={describedBy(id, shown, hint)}
          className={control}
          onBlur={(e) => {
            check()
            onBlur?.(e)
          }}
          {...input}
        />
        <button
          type="button"
          onClick={openPicker}
          aria-label={t('pick')}
          title={t('pick')}
          className="mt-1 shrink-0 rounded border border-slate-300 bg-white px-2.5 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          <svg aria-hidden viewBox="0 0 20 20" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.6">
            <rect x="3" y="4.5" width="14" height="12.5" rx="1.5" />
            <path d="M3 8.5h14M7 2.5v4M13 2.5v4" strokeLinecap="round" />
          </svg>
        </button>
        <input
          ref={picker}
          type="date"
          tabIndex={-1}
          aria-hidden
          className="sr-only"
          onChange={(e) => {
            if (!e.target.value) return
            text.current!.value = isoToVn(e.target.value)
            setProblem(null)
          }}
        />
      </div>
    </Wrapper>
  )
}
