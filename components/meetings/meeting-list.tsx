import Link from 'next/link'
import { useTranslations } from 'next-intl'
import type { QuorumResult } from '@/lib/meetings/quorum'
import { EmptyState } from '@/components/ui/section'
import { formatDay } from '@/lib/dates/vn-date'

type Meeting = { id: string; kind: string; heldOn: Date; place: string; quorum: QuorumResult }

export function QuorumBadge({ quorum }: { quorum: QuorumResult }) {
  const t = useTranslations('meetings')
  return (
    <span
      data-testid="quorum"
      className={`rounded px-2 py-0.5 text-xs ${quorum.valid ? 'bg-green-50 text-green-800' : 'bg-red-50 text-red-800'}`}
    >
      {t(quorum.valid ? 'valid' : 'invalid', { attending: quorum.attending, members: quorum.members, required: quorum.required })}
    </span>
  )
}

export function MeetingList({ meetings, base, year }: { meetings: Meeting[]; base: string; year: number }) {
  const t = useTranslations('meetings')
  if (meetings.length === 0) return <EmptyState>{t('none', { year })}</EmptyState>
  return (
    <ul className="divide-y divide-slate-100" data-testid="meeting-list">
      {meetings.map((m) => (
        <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <Link href={`${base}/meetings/${m.id}`} className="font-medium text-brand-700 underline">
            {t(`kinds.${m.kind}`)} — {formatDay(m.heldOn)}, {m.place}
          </Link>
          <QuorumBadge quorum={m.quorum} />
        </li>
      ))}
    </ul>
  )
}
