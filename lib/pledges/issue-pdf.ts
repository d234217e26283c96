import 'server-only'
import { db } from '@/lib/db/client'
import { renderPledgePdf } from './document/render-pdf'
import { pdfSha256 } from './document/verify-pdf'
import { fingerprint, normalizeContent } from './document/canonical'
import { pledgeContentSchema, type PledgeContent } from './document/types'
import { verificationCode } from './document/verification-code'

const statusOf = { PUBLISHED: 'published', IN_FORCE: 'in_force', SUPERSEDED: 'published', DRAFT: 'draft' } as const

export function verifyUrl() {
  return `${(process.env.PUBLIC_URL ?? process.env.AUTH_URL ?? 'http://localhost:3000').replace(/\/$/, '')}/verify`
}

// Renders a published (or in-force) version with its live signatures and records the file's hash,
// so the very file handed out verifies later. A draft renders as "BẢN NHÁP" and is not recorded.
export async function issuePledgePdf(versionId: string) {
  const v = await db.pledgeVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      id: true,
      number: true,
      status: true,
      content: true,
      fingerprint: true,
      verificationCode: true,
      signatures: { where: { voidedAt: null }, select: { unitName: true, signerName: true, signerTitle: true, signedAt: true } },
    },
  })
  const content = v.content as unknown as PledgeContent
  if (v.status === 'DRAFT') return renderDraft(v.id, v.number, content)
  // A superseded version is void: no new copy of it is handed out.
  if (v.status === 'SUPERSEDED' || !v.fingerprint || !v.verificationCode) return null
  const bytes = await renderPledgePdf({
    content,
    fingerprint: v.fingerprint,
    code: v.verificationCode,
    versionNumber: v.number,
    // The signer's IP address stays in the audit trail, not on paper that circulates.
    signatures: v.signatures.map((s) => ({ unitName: s.unitName, personName: s.signerName, title: s.signerTitle, signedAt: s.signedAt })),
    status: statusOf[v.status],
    verifyUrl: verifyUrl(),
  })
  const sha256 = pdfSha256(bytes)
  await db.issuedPledgePdf.upsert({ where: { sha256 }, create: { versionId: v.id, sha256, signatures: v.signatures.length }, update: {} })
  return { bytes, fileName: `giao-uoc-thi-dua-${content.year}-v${v.number}.pdf` }
}

// The preview of a draft, exactly as it will look when signed but marked "BẢN NHÁP". Its code
// is not stored, so a draft never verifies. Null while the draft is not complete.
async function renderDraft(id: string, number: number, stored: PledgeContent) {
  const parsed = pledgeContentSchema.safeParse(stored)
  if (!parsed.success) return null
  const content = normalizeContent(parsed.data)
  const print = fingerprint(content)
  const bytes = await renderPledgePdf({
    content,
    fingerprint: print,
    code: verificationCode(id, print),
    versionNumber: number,
    signatures: [],
    status: 'draft',
    verifyUrl: verifyUrl(),
  })
  return { bytes, fileName: `giao-uoc-thi-dua-${content.year}-ban-nhap.pdf` }
}
