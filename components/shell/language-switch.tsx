type Props = { locale: string; setLocale: (form: FormData) => Promise<void>; label: string }

const options = [
  { locale: 'vi', text: 'Tiếng Việt', short: 'VI' },
  { locale: 'en', text: 'English', short: 'EN' },
] as const

// Two plain submit buttons: works without JavaScript and with the keyboard.
export function LanguageSwitch({ locale, setLocale, label }: Props) {
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={label}>
      {options.map((o) => (
        <button
          key={o.locale}
          type="submit"
          name="locale"
          value={o.locale}
          lang={o.locale}
          aria-pressed={locale === o.locale}
          title={o.text}
          className="rounded px-2 py-1 text-xs font-semibold aria-pressed:bg-white aria-pressed:text-brand-700 hover:bg-brand-800 aria-pressed:hover:bg-white"
        >
          <span aria-hidden="true">{o.short}</span>
          <span className="sr-only">{o.text}</span>
        </button>
      ))}
    </form>
  )
}
