import 'server-only'
import type { WriteContext } from '@/lib/auth/write-context'
import type { Prisma } from '@/lib/db/client'
import { writeAudit } from '@/lib/audit/write-audit'
import { ActionRefusal } from '@/lib/auth/action-refusal'
import { notifyUsers, usersOfUnits } from '@/lib/notifications/notify'
import { fingerprint, normalizeContent } from './document/canonical'
import { pledgeContentSchema } from './document/types'
import { verificationCode } from './document/verification-code'
import { isPastDeadline } from './deadline'
import { signatoriesFor } from './signatories'

type Ctx = WriteContext

// Publishing freezes the text: the signatories are refreshed from the year's members, the content
// is normalised (the very object that is hashed and printed), fingerprinted and given its code.
export async function publish({ tx, actorId, ip, provinceId }: Ctx, { versionId }: { versionId: string }) {
  await tx.$queryRaw`SELECT id FROM "PledgeVersion" WHERE id = ${versionId} FOR UPDATE`
  const version = await tx.pledgeVersion.findFirst({
    where: { id: versionId, pledge: { cluster: { provinceId } } },
    select: {
      id: true,
      number: true,
      status: true,
      content: true,
      deadline: true,
      pledge: { select: { id: true, clusterId: true, year: true } },
    },
  })
  if (!version) throw new ActionRefusal('notFound')
  if (version.status !== 'DRAFT') throw new ActionRefusal('notADraft')
  const { clusterId, year } = version.pledge
  if (isPastDeadline(version.deadline, new Date())) throw new ActionRefusal('deadlinePassed', 'deadline')

  const signatories = await signatoriesFor(tx, clusterId, year)
  if (signatories.length === 0) throw new ActionRefusal('noMembersThisYear')
  const parsed = pledgeContentSchema.safeParse({ ...(version.content as object), signatories: signatories.map((s) => s.signatory) })
  if (!parsed.success) throw new ActionRefusal(parsed.error.issues[0].message)
  const content = normalizeContent(parsed.data)
  const print = fingerprint(content)
  const code = verificationCode(version.id, print)

  const { count } = await tx.pledgeVersion.updateMany({
    where: { id: version.id, status: 'DRAFT' },
    data: {
      status: 'PUBLISHED',
      content: content as unknown as Prisma.InputJsonValue,
      fingerprint: print,
      verificationCode: code,
      signatoryUnitIds: signatories.map((s) => s.unitId),
      publishedAt: new Date(),
      publishedById: actorId,
    },
  })
  if (count === 0) throw new ActionRefusal('conflict')
  const heads = await usersOfUnits(
    tx,
    signatories.map((s) => s.unitId),
    ['MEMBER_HEAD'],
  )
  await notifyUsers(
    tx,
    heads.map((h) => h.userId),
    { kind: 'pledgeAwaitingSignature', params: { cluster: content.clusterName, year }, link: `/clusters/${clusterId}/${year}/pledge/sign` },
  )
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'pledge.published',
    entity: 'Pledge',
    entityId: version.pledge.id,
    provinceId,
    clusterId,
    year,
    data: { version: version.number, fingerprint: print, code },
  })
}
