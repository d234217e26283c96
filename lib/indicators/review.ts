import 'server-only'
import type { WriteContext } from '@/lib/auth/write-context'
import { writeAudit } from '@/lib/audit/write-audit'
import { ActionRefusal } from '@/lib/auth/action-refusal'
import { notifyUsers, usersOfUnits } from '@/lib/notifications/notify'
import type { ReviewInput } from './schemas'

type Ctx = WriteContext

// A member's figures move draft → submitted → confirmed (locked for saving) or returned with a
// comment the member sees. Each move is a conditional update from the states it may leave, so two
// clicks racing cannot confirm a row that was returned meanwhile.
const from = { submit: ['DRAFT', 'RETURNED'], confirm: ['SUBMITTED'], return: ['SUBMITTED', 'CONFIRMED'] } as const
const to = { submit: 'SUBMITTED', confirm: 'CONFIRMED', return: 'RETURNED' } as const

export async function reviewFigures({ tx, actorId, ip, provinceId }: Ctx, input: ReviewInput) {
  const { clusterId, unitId, year, period, step } = input
  const member = await tx.clusterMembership.findFirst({
    where: { clusterId, unitId, year, removedAt: null, cluster: { provinceId } },
    select: { unit: { select: { name: true } } },
  })
  if (!member) throw new ActionRefusal('notAMember')
  const key = { clusterId_unitId_year_period: { clusterId, unitId, year, period } }
  const current = await tx.figureReview.upsert({
    where: key,
    create: { clusterId, unitId, year, period },
    update: {},
    select: { status: true },
  })
  const { count } = await tx.figureReview.updateMany({
    where: { clusterId, unitId, year, period, status: { in: [...from[step]] } },
    data: { status: to[step], comment: step === 'return' ? input.comment : step === 'submit' ? null : undefined, updatedById: actorId },
  })
  if (count === 0) throw new ActionRefusal(`review.${current.status}`)
  if (step === 'return') {
    const people = await usersOfUnits(tx, [unitId], ['MEMBER_HEAD', 'MEMBER_STAFF'])
    await notifyUsers(
      tx,
      people.map((p) => p.userId),
      {
        kind: 'figuresReturned',
        params: { year, comment: input.comment },
        link: `/clusters/${clusterId}/${year}/figures?period=${period}`,
      },
    )
  }
  await writeAudit(tx, {
    actorId,
    ip,
    action: `figures.${step}`,
    entity: 'FigureReview',
    entityId: `${clusterId}:${unitId}:${year}:${period}`,
    provinceId,
    clusterId,
    unitId,
    year,
    data: { from: current.status, to: to[step], comment: input.comment || null },
  })
}
