import 'server-only'
import type { WriteContext } from '@/lib/auth/write-context'
import type { Tx } from '@/lib/db/client'
import type { Prisma } from '@/lib/db/client'
import { writeAudit } from '@/lib/audit/write-audit'
import { ActionRefusal } from '@/lib/auth/action-refusal'
import { notifyUsers } from '@/lib/notifications/notify'
import { pledgeContentSchema, type PledgeContent } from './document/types'
import { parseCommitments, parseTargets } from './draft-text'
import type { SaveDraftInput } from './schemas'
import { signatoriesFor } from './signatories'

type Ctx = WriteContext

// Content fields map to form fields for messages next to the right box.
const fieldOf: Record<string, string> = { signatories: 'form', clusterName: 'form', year: 'form' }

export async function buildContent(tx: Tx, input: SaveDraftInput, clusterName: string) {
  const signatories = await signatoriesFor(tx, input.clusterId, input.year)
  const content = {
    clusterName,
    year: input.year,
    title: input.title,
    theme: input.theme,
    preamble: input.preamble,
    commitments: parseCommitments(input.commitments),
    targets: parseTargets(input.targets),
    place: input.place,
    signingDate: input.signingDate,
    issuer: input.issuer,
    documentNumber: input.documentNumber,
    recipients: input.recipients
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    signatories: signatories.map((s) => s.signatory),
  }
  const parsed = pledgeContentSchema.safeParse(content)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = String(issue.path[0])
    throw new ActionRefusal(issue.message, fieldOf[field] === 'form' ? undefined : field)
  }
  return { content: parsed.data, unitIds: signatories.map((s) => s.unitId) }
}

// Saves the draft of a cluster-year's pledge. A draft is edited in place; editing a published
// version makes a new draft version and supersedes the published one, voiding the signatures
// collected on it (docs/domain.md: changing the text after any signature voids them) and telling the
// signers. A pledge in force never changes.
export async function saveDraft({ tx, actorId, ip, provinceId }: Ctx, input: SaveDraftInput) {
  const cluster = await tx.cluster.findFirst({ where: { id: input.clusterId, provinceId }, select: { name: true } })
  if (!cluster) throw new ActionRefusal('notFound')
  const { content } = await buildContent(tx, input, cluster.name)
  const json = content as unknown as Prisma.InputJsonValue
  const deadline = input.deadline ? new Date(input.deadline) : null

  const pledge = await tx.pledge.upsert({
    where: { clusterId_year: { clusterId: input.clusterId, year: input.year } },
    create: { clusterId: input.clusterId, year: input.year, createdById: actorId },
    update: {},
    select: { id: true, versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, number: true, status: true } } },
  })
  const latest = pledge.versions[0]
  if (latest?.status === 'IN_FORCE') throw new ActionRefusal('pledgeInForce')

  if (latest?.status === 'DRAFT') {
    // Conditional: a version published meanwhile is never rewritten under its fingerprint.
    const { count } = await tx.pledgeVersion.updateMany({ where: { id: latest.id, status: 'DRAFT' }, data: { content: json, deadline } })
    if (count === 0) throw new ActionRefusal('conflict')
    await writeAudit(tx, {
      actorId,
      ip,
      action: 'pledge.draft.update',
      entity: 'Pledge',
      entityId: pledge.id,
      provinceId,
      clusterId: input.clusterId,
      year: input.year,
      data: { version: latest.number },
    })
    return latest.id
  }
  const version = await tx.pledgeVersion.create({
    data: { pledgeId: pledge.id, number: (latest?.number ?? 0) + 1, content: json, deadline },
  })
  if (latest?.status === 'PUBLISHED')
    await supersede(tx, {
      actorId,
      ip,
      provinceId,
      clusterId: input.clusterId,
      year: input.year,
      pledgeId: pledge.id,
      versionId: latest.id,
      number: latest.number,
    })
  await writeAudit(tx, {
    actorId,
    ip,
    action: 'pledge.created',
    entity: 'Pledge',
    entityId: pledge.id,
    provinceId,
    clusterId: input.clusterId,
    year: input.year,
    data: { version: version.number },
  })
  return version.id
}

async function supersede(
  tx: Tx,
  v: {
    actorId: string
    ip: string
    provinceId: string
    clusterId: string
    year: number
    pledgeId: string
    versionId: string
    number: number
  },
) {
  const now = new Date()
  // Conditional: only a version still published is superseded, exactly once.
  const { count } = await tx.pledgeVersion.updateMany({
    where: { id: v.versionId, status: 'PUBLISHED' },
    data: { status: 'SUPERSEDED', supersededAt: now },
  })
  if (count === 0) throw new ActionRefusal('conflict')
  const signed = await tx.pledgeSignature.findMany({ where: { versionId: v.versionId, voidedAt: null }, select: { signerId: true } })
  await tx.pledgeSignature.updateMany({ where: { versionId: v.versionId, voidedAt: null }, data: { voidedAt: now } })
  await notifyUsers(
    tx,
    signed.map((s) => s.signerId),
    { kind: 'pledgeVoided', params: { year: v.year, version: v.number }, link: `/clusters/${v.clusterId}/${v.year}/pledge` },
  )
  await writeAudit(tx, {
    actorId: v.actorId,
    ip: v.ip,
    action: 'pledge.voided',
    entity: 'Pledge',
    entityId: v.pledgeId,
    provinceId: v.provinceId,
    clusterId: v.clusterId,
    year: v.year,
    data: { version: v.number, signaturesVoided: signed.length },
  })
}

export type { PledgeContent }
