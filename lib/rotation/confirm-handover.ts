import 'server-only'
import type { WriteContext } from '@/lib/auth/write-context'
import { writeAudit } from '@/lib/audit/write-audit'
import { ActionRefusal } from '@/lib/auth/action-refusal'
import { checkQuorum } from '@/lib/meetings/quorum'
import { proposeNextChair } from './propose-next'
import type { ConfirmHandoverInput } from './schemas'
import { moveSecretariat } from './secretariat-rights'

type Ctx = WriteContext

// The handover of the chair at a valid year-end meeting, as one transaction: the new chair and
// deputy terms start, the new chair unit's staff become next year's secretariat, and the outgoing
// secretariat keeps only its own years. Two confirmations racing: the unique index on
// Handover(clusterId, toYear) and ChairTerm(clusterId, year, role) lets exactly one through.
export async function confirmHandover({ tx, actorId, ip, provinceId }: Ctx, input: ConfirmHandoverInput) {
  const meeting = await tx.meeting.findFirst({
    where: { id: input.meetingId, cluster: { provinceId } },
    select: {
      id: true,
      clusterId: true,
      year: true,
      kind: true,
      quorumNumerator: true,
      quorumDenominator: true,
      attendance: { select: { status: true } },
      cluster: { select: { name: true } },
    },
  })
  if (!meeting) throw new ActionRefusal('notFound')
  if (meeting.kind !== 'YEAR_END') throw new ActionRefusal('handoverNeedsYearEnd')
  const quorum = checkQuorum(
    meeting.attendance.map((a) => a.status),
    { numerator: meeting.quorumNumerator, denominator: meeting.quorumDenominator },
  )
  if (!quorum.valid) throw new ActionRefusal('meetingInvalid')

  const { clusterId } = meeting
  const fromYear = meeting.year
  const toYear = fromYear + 1
  const [already, terms, members] = await Promise.all([
    tx.handover.findUnique({ where: { clusterId_toYear: { clusterId, toYear } }, select: { id: true } }),
    tx.chairTerm.findMany({ where: { clusterId, year: { in: [fromYear, toYear] } }, select: { year: true, role: true, unitId: true } }),
    tx.clusterMembership.findMany({
      where: { clusterId, year: { in: [fromYear, toYear] }, removedAt: null },
      select: { year: true, unitId: true, rotationOrder: true, unit: { select: { name: true } } },
    }),
  ])
  if (already || terms.some((t) => t.year === toYear && t.role === 'CHAIR')) throw new ActionRefusal('alreadyHandedOver')
  const nextYear = members.filter((m) => m.year === toYear)
  const isMember = (unitId: string | null) => !unitId || nextYear.some((m) => m.unitId === unitId)
  if (!isMember(input.chairUnitId)) throw new ActionRefusal('notAMemberNextYear', 'chairUnitId')
  if (!isMember(input.deputyUnitId)) throw new ActionRefusal('notAMemberNextYear', 'deputyUnitId')
  const currentChair = terms.find((t) => t.year === fromYear && t.role === 'CHAIR')?.unitId ?? null
  if (input.chairUnitId === currentChair) throw new ActionRefusal('sameAsCurrentChair', 'chairUnitId')

  const proposal = proposeNextChair({ thisYear: members.filter((m) => m.year === fromYear), nextYear, currentChairUnitId: currentChair })
  const followsRotation = proposal.chairUnitId === input.chairUnitId && proposal.deputyUnitId === input.deputyUnitId
  if (!followsRotation && !input.reason) throw new ActionRefusal('reasonRequired', 'reason')

  const handover = await tx.handover.create({
    data: {
      clusterId,
      fromYear,
      toYear,
      meetingId: meeting.id,
      chairUnitId: input.chairUnitId,
      deputyUnitId: input.deputyUnitId,
      proposedChairUnitId: proposal.chairUnitId,
      proposedDeputyUnitId: proposal.deputyUnitId,
      reason: input.reason || null,
      confirmedById: actorId,
    },
  })
  await tx.chairTerm.createMany({
    data: [
      { clusterId, year: toYear, role: 'CHAIR' as const, unitId: input.chairUnitId, createdById: actorId, reason: input.reason || null },
      ...(input.deputyUnitId
        ? [
            {
              clusterId,
              year: toYear,
              role: 'DEPUTY' as const,
              unitId: input.deputyUnitId,
              createdById: actorId,
              reason: input.reason || null,
            },
          ]
        : []),
    ],
  })
  const chairName = nextYear.find((m) => m.unitId === input.chairUnitId)!.unit.name
  const granted = await moveSecretariat(tx, {
    provinceId,
    clusterId,
    clusterName: meeting.cluster.name,
    year: toYear,
    unitId: input.chairUnitId,
    unitName: chairName,
    grantedById: actorId,
  })
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'handover.confirm',
    entity: 'Handover',
    entityId: handover.id,
    provinceId,
    clusterId,
    year: toYear,
    data: {
      fromYear,
      toYear,
      meetingId: meeting.id,
      chair: input.chairUnitId,
      deputy: input.deputyUnitId,
      proposal,
      reason: input.reason || null,
      secretariatGranted: granted,
    },
  })
  return handover
}
