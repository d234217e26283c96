import 'server-only'
import type { WriteContext } from '@/lib/auth/write-context'
import { writeAudit } from '@/lib/audit/write-audit'
import { ActionRefusal } from '@/lib/auth/action-refusal'
import { verifyPassword } from '@/lib/auth/password'
import { notifyUsers, usersOfUnits } from '@/lib/notifications/notify'
import { isPastDeadline } from './deadline'
import type { PledgeContent } from './document/types'
import type { DeclineInput, SignInput } from './schemas'

type Ctx = WriteContext

// Signing for one's own unit (the permission check already tied the unit to the chairman).
// The version row is locked first, so signers queue one behind the other: every signature is
// recorded, and exactly the last one turns the pledge "in force". Signing twice is an answer,
// not an error.
export async function sign({ tx, actorId, ip, userAgent, provinceId }: Ctx, input: SignInput) {
  // The password re-entry has its own limit: 5 wrong passwords in 10 minutes stop signing for a while.
  const recentFailures = await tx.auditLog.count({
    where: {
      actorId,
      action: 'action.refused',
      entity: 'pledge.sign',
      at: { gte: new Date(Date.now() - 10 * 60_000) },
      data: { path: ['reason'], equals: 'wrongPassword' },
    },
  })
  if (recentFailures >= 5) throw new ActionRefusal('tooManyAttempts')
  const user = await tx.user.findUniqueOrThrow({ where: { id: actorId }, select: { name: true, title: true, passwordHash: true } })
  if (!(await verifyPassword(user.passwordHash, input.password))) throw new ActionRefusal('wrongPassword', 'password')

  await tx.$queryRaw`SELECT id FROM "PledgeVersion" WHERE id = ${input.versionId} FOR UPDATE`
  const version = await tx.pledgeVersion.findFirst({
    where: { id: input.versionId, pledge: { cluster: { provinceId } } },
    select: {
      id: true,
      number: true,
      status: true,
      fingerprint: true,
      deadline: true,
      signatoryUnitIds: true,
      content: true,
      pledge: { select: { id: true, clusterId: true, year: true } },
    },
  })
  if (!version || version.status === 'DRAFT') throw new ActionRefusal('notFound')
  const { clusterId, year } = version.pledge
  const already = await tx.pledgeSignature.findFirst({
    where: { versionId: version.id, unitId: input.unitId, voidedAt: null },
    select: { id: true },
  })
  if (already) return 'pledges.alreadySigned'
  if (version.status === 'SUPERSEDED') throw new ActionRefusal('versionSuperseded')
  if (version.status === 'IN_FORCE' || !version.signatoryUnitIds.includes(input.unitId)) throw new ActionRefusal('notASignatory')
  if (version.fingerprint !== input.fingerprint) throw new ActionRefusal('textChanged')
  if (isPastDeadline(version.deadline, new Date())) throw new ActionRefusal('deadlinePassed')

  const unit = await tx.unit.findUniqueOrThrow({ where: { id: input.unitId }, select: { name: true } })
  const index = version.signatoryUnitIds.indexOf(input.unitId)
  const signatory = (version.content as unknown as PledgeContent).signatories[index]
  await tx.pledgeSignature.create({
    data: {
      versionId: version.id,
      unitId: input.unitId,
      signerId: actorId,
      signerName: user.name,
      signerTitle: user.title ?? signatory?.title ?? '',
      unitName: signatory?.unitName ?? unit.name,
      fingerprint: version.fingerprint!,
      ip,
      userAgent: userAgent.slice(0, 500),
    },
  })
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'pledge.signed',
    entity: 'Pledge',
    entityId: version.pledge.id,
    provinceId,
    clusterId,
    unitId: input.unitId,
    year,
    data: { version: version.number, fingerprint: version.fingerprint, userAgent: userAgent.slice(0, 200) },
  })

  const signed = await tx.pledgeSignature.count({ where: { versionId: version.id, voidedAt: null } })
  if (signed < version.signatoryUnitIds.length) return 'pledges.signed'
  await tx.pledgeVersion.update({ where: { id: version.id }, data: { status: 'IN_FORCE', inForceAt: new Date() } })
  const people = await usersOfUnits(tx, version.signatoryUnitIds, ['MEMBER_HEAD', 'MEMBER_STAFF'])
  await notifyUsers(
    tx,
    people.map((p) => p.userId),
    { kind: 'pledgeInForce', params: { year }, link: `/clusters/${clusterId}/${year}/pledge` },
  )
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'pledge.inForce',
    entity: 'Pledge',
    entityId: version.pledge.id,
    provinceId,
    clusterId,
    year,
    data: { version: version.number, signatures: signed },
  })
  return 'pledges.signedInForce'
}

// A chairman may decline with a written reason: recorded, audited, and shown to the secretariat.
export async function decline({ tx, actorId, ip, provinceId }: Ctx, input: DeclineInput) {
  const version = await tx.pledgeVersion.findFirst({
    where: { id: input.versionId, status: 'PUBLISHED', signatoryUnitIds: { has: input.unitId }, pledge: { cluster: { provinceId } } },
    select: { id: true, number: true, pledge: { select: { id: true, clusterId: true, year: true } } },
  })
  if (!version) throw new ActionRefusal('notASignatory')
  const signed = await tx.pledgeSignature.findFirst({
    where: { versionId: version.id, unitId: input.unitId, voidedAt: null },
    select: { id: true },
  })
  if (signed) throw new ActionRefusal('alreadySignedCannotDecline')
  await tx.pledgeDecline.create({ data: { versionId: version.id, unitId: input.unitId, userId: actorId, reason: input.reason } })
  const { clusterId, year } = version.pledge
  const secretariat = await tx.roleAssignment.findMany({
    where: { role: 'SECRETARIAT', clusterId, year, revokedAt: null },
    select: { userId: true },
  })
  await notifyUsers(
    tx,
    secretariat.map((s) => s.userId),
    { kind: 'pledgeDeclined', params: { year }, link: `/clusters/${clusterId}/${year}/pledge` },
  )
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'pledge.declined',
    entity: 'Pledge',
    entityId: version.pledge.id,
    provinceId,
    clusterId,
    unitId: input.unitId,
    year,
    data: { version: version.number, reason: input.reason },
  })
}
