import 'server-only'
import type { WriteContext } from '@/lib/auth/write-context'
import { writeAudit } from '@/lib/audit/write-audit'
import { ActionRefusal } from '@/lib/auth/action-refusal'
import { notifyUsers, usersOfUnits } from '@/lib/notifications/notify'
import { checkQuorum } from './quorum'
import type { RecordMeetingInput } from './schemas'

type Ctx = WriteContext

// Records a meeting of a cluster-year with every member's attendance. The member list is the
// year's membership, so attendance cannot name a unit outside the cluster, nor leave one out.
export async function recordMeeting({ tx, actorId, ip, provinceId }: Ctx, input: RecordMeetingInput) {
  const members = await tx.clusterMembership.findMany({
    where: { clusterId: input.clusterId, year: input.year, removedAt: null, cluster: { provinceId } },
    select: { unitId: true, cluster: { select: { name: true } } },
  })
  if (members.length === 0) throw new ActionRefusal('noMembersThisYear')
  const memberIds = new Set(members.map((m) => m.unitId))
  if (input.hostUnitId && !memberIds.has(input.hostUnitId)) throw new ActionRefusal('notAMember', 'hostUnitId')
  const stray = input.attendance.find((a) => !memberIds.has(a.unitId))
  if (stray) throw new ActionRefusal('notAMember')
  const missing = members.find((m) => !input.attendance.some((a) => a.unitId === m.unitId))
  if (missing) throw new ActionRefusal('attendanceMissing', `att_${missing.unitId}`)

  const file = input.minutesFile
  const meeting = await tx.meeting.create({
    data: {
      clusterId: input.clusterId,
      year: input.year,
      kind: input.kind,
      heldOn: new Date(input.heldOn),
      place: input.place,
      hostUnitId: input.hostUnitId,
      quorumNumerator: input.quorum.numerator,
      quorumDenominator: input.quorum.denominator,
      agenda: input.agenda,
      decisions: input.decisions || null,
      minutes: input.minutes || null,
      minutesFileName: file?.name ?? null,
      minutesFileType: file?.type ?? null,
      minutesFile: file ? new Uint8Array(await file.arrayBuffer()) : null,
      createdById: actorId,
      attendance: { createMany: { data: input.attendance } },
    },
  })
  const quorum = checkQuorum(
    input.attendance.map((a) => a.status),
    input.quorum,
  )
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'meeting.record',
    entity: 'Meeting',
    entityId: meeting.id,
    provinceId,
    clusterId: input.clusterId,
    year: input.year,
    data: {
      kind: input.kind,
      heldOn: input.heldOn,
      place: input.place,
      attending: quorum.attending,
      members: quorum.members,
      valid: quorum.valid,
      file: file?.name ?? null,
    },
  })
  const people = await usersOfUnits(tx, [...memberIds], ['MEMBER_HEAD', 'MEMBER_STAFF'])
  await notifyUsers(
    tx,
    people.map((p) => p.userId).filter((id) => id !== actorId),
    {
      kind: 'meetingRecorded',
      params: { cluster: members[0].cluster.name, kind: input.kind, date: input.heldOn, place: input.place },
      link: `/clusters/${input.clusterId}/${input.year}/meetings/${meeting.id}`,
    },
  )
  return meeting
}
