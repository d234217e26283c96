import { useTranslations } from 'next-intl'
import type { Deadline } from '@/lib/home/deadlines'
import { formatDay } from '@/lib/dates/vn-date'

export function DeadlineList({ deadlines, year }: { deadlines: Deadline[]; year: number }) {
  const t = useTranslations('deadlines')
  const home = useTranslations('home')
  if (deadlines.length === 0) return <p className="text-sm text-slate-600">{home('noDeadlines', { year })}</p>
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {deadlines.map((d) => (
        <li key={d.kind} className="flex flex-wrap justify-between gap-2 py-2">
          <span>{t(d.kind)}</span>
          <span className={d.daysLeft < 0 ? 'text-red-700' : 'text-slate-600'}>
            {formatDay(d.date)} · {d.daysLeft < 0 ? t('overdue') : t('daysLeft', { days: d.daysLeft })}
          </span>
        </li>
      ))}
    </ul>
  )
}
