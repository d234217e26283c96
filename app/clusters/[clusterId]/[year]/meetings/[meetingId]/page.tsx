import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requireClusterYear } from '@/lib/clusters/cluster-year-access'
import { getMeeting } from '@/lib/meetings/queries'
import { handoverOptions } from '@/lib/rotation/queries'
import { Section } from '@/components/ui/section'
import { QuorumBadge } from '@/components/meetings/meeting-list'
import { HandoverForm } from '@/components/rotation/handover-form'
import { confirmHandoverAction } from '@/app/clusters/[clusterId]/actions'
import { formatDay } from '@/lib/dates/vn-date'

type Params = { clusterId: string; year: string; meetingId: string }

export default async function MeetingPage({ params }: { params: Promise<Params> }) {
  const { clusterId, year: yearText, meetingId } = await params
  const { year, canManage } = await requireClusterYear(clusterId, yearText)
  const meeting = await getMeeting(clusterId, year, meetingId)
  if (!meeting) notFound()
  const [t, r] = await Promise.all([getTranslations('meetings'), getTranslations('rotation')])
  const yearEnd = meeting.kind === 'YEAR_END'
  const options = yearEnd && canManage ? await handoverOptions(clusterId, year) : null
  const date = formatDay(meeting.heldOn)

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">
          {t(`kinds.${meeting.kind}`)} — {date}
        </h1>
        <p className="text-slate-600">
          {meeting.place}
          {meeting.hostUnit && ` · ${t('host')}: ${meeting.hostUnit.name}`}
        </p>
        <p className="mt-2">
          <QuorumBadge quorum={meeting.quorum} />
        </p>
      </div>
      <Section title={t('attendance')}>
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {meeting.attendance.map((a) => (
            <li key={a.unit.id} className="flex justify-between rounded bg-slate-50 px-3 py-1.5">
              <span>{a.unit.name}</span>
              <span className={a.status === 'ABSENT' ? 'text-red-700' : 'text-green-800'}>{t(`statuses.${a.status}`)}</span>
            </li>
          ))}
        </ul>
      </Section>
      {meeting.agenda.length > 0 && (
        <Section title={t('agendaTitle')}>
          <ol className="list-decimal space-y-1 pl-6 text-sm">
            {meeting.agenda.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
        </Section>
      )}
      {(meeting.decisions || meeting.minutes || meeting.minutesFileName) && (
        <Section title={t('decisions')}>
          {meeting.decisions && <p className="whitespace-pre-line text-sm">{meeting.decisions}</p>}
          {meeting.minutes && <p className="mt-3 whitespace-pre-line text-sm text-slate-700">{meeting.minutes}</p>}
          {meeting.minutesFileName && (
            <a
              href={`/clusters/${clusterId}/${year}/meetings/${meeting.id}/minutes`}
              className="mt-3 inline-block text-sm text-brand-700 underline"
            >
              {t('download')} ({meeting.minutesFileName})
            </a>
          )}
        </Section>
      )}
      {yearEnd && (
        <Section title={r('handoverTitle', { year: year + 1 })}>
          {meeting.handovers.length > 0 ? (
            <p data-testid="handover-done">{r('alreadyDone', { year: year + 1, chair: meeting.handovers[0].chairUnit.name })}</p>
          ) : !meeting.quorum.valid ? (
            <p className="text-red-800">{r('meetingNotValid')}</p>
          ) : !options ? null : options.handedOver ? (
            <p data-testid="handover-done">{r('alreadyDone', { year: year + 1, chair: '' })}</p>
          ) : options.candidates.length === 0 ? (
            <p>{r('openNextYearFirst', { year: year + 1 })}</p>
          ) : (
            <HandoverForm
              action={confirmHandoverAction}
              meetingId={meeting.id}
              toYear={options.toYear}
              candidates={options.candidates}
              proposal={options.proposal}
            />
          )}
        </Section>
      )}
      <p className="text-xs text-slate-500">{t('recordedBy', { name: meeting.createdBy.name })}</p>
      <Link href={`/clusters/${clusterId}/${year}`} className="text-sm text-brand-700 underline">
        {t('back', { year })}
      </Link>
    </div>
  )
}
