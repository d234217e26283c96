import 'server-only'
import { db } from '@/lib/db/client'
import { checkQuorum } from './quorum'

// Scoped by cluster and year in the where clause; the file bytes are never selected here.
export async function listMeetings(clusterId: string, year: number) {
  const meetings = await db.meeting.findMany({
    where: { clusterId, year },
    orderBy: { heldOn: 'desc' },
    select: {
      id: true,
      kind: true,
      heldOn: true,
      place: true,
      quorumNumerator: true,
      quorumDenominator: true,
      attendance: { select: { status: true } },
    },
  })
  return meetings.map(({ attendance, quorumNumerator, quorumDenominator, ...m }) => ({
    ...m,
    quorum: checkQuorum(
      attendance.map((a) => a.status),
      { numerator: quorumNumerator, denominator: quorumDenominator },
    ),
  }))
}

export async function getMeeting(clusterId: string, year: number, meetingId: string) {
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, clusterId, year },
    select: {
      id: true,
      kind: true,
      heldOn: true,
      place: true,
      agenda: true,
      decisions: true,
      minutes: true,
      minutesFileName: true,
      quorumNumerator: true,
      quorumDenominator: true,
      createdAt: true,
      hostUnit: { select: { name: true } },
      createdBy: { select: { name: true } },
      attendance: { select: { status: true, unit: { select: { id: true, name: true } } }, orderBy: { unit: { name: 'asc' } } },
      handovers: {
        select: { toYear: true, chairUnit: { select: { name: true } }, deputyUnit: { select: { name: true } }, confirmedAt: true },
      },
    },
  })
  if (!meeting) return null
  const quorum = checkQuorum(
    meeting.attendance.map((a) => a.status),
    { numerator: meeting.quorumNumerator, denominator: meeting.quorumDenominator },
  )
  return { ...meeting, quorum }
}

export function getMinutesFile(clusterId: string, year: number, meetingId: string) {
  return db.meeting.findFirst({
    where: { id: meetingId, clusterId, year, minutesFile: { not: null } },
    select: { minutesFile: true, minutesFileName: true, minutesFileType: true },
  })
}
