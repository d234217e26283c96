import 'server-only'
import { db } from '@/lib/db/client'
import { normaliseCode } from './document/code-format'
import { extractVerificationCode, pdfSha256 } from './document/verify-pdf'
import type { PledgeContent } from './document/types'

// Public verification, without sign-in. It reveals no more than the document itself shows:
// cluster, year, title, version, status, and who signed when.
export type Verification =
  | { result: 'genuine'; via: 'code' | 'file'; pledge: VerifiedPledge }
  | { result: 'altered'; pledge: VerifiedPledge } // the code is ours but the file is not one we issued
  | { result: 'unknown' }

type VerifiedPledge = {
  clusterName: string
  year: number
  title: string
  version: number
  status: string
  fingerprint: string
  code: string
  signatures: { unitName: string; signerName: string; signedAt: Date }[]
  signatoriesTotal: number
}

async function byVersionCode(code: string, signedBefore?: Date): Promise<VerifiedPledge | null> {
  const v = await db.pledgeVersion.findUnique({
    where: { verificationCode: code },
    select: {
      number: true,
      status: true,
      content: true,
      fingerprint: true,
      verificationCode: true,
      signatoryUnitIds: true,
      signatures: {
        where: { voidedAt: null, ...(signedBefore ? { signedAt: { lte: signedBefore } } : {}) },
        orderBy: { signedAt: 'asc' },
        select: { unitName: true, signerName: true, signedAt: true },
      },
    },
  })
  if (!v || !v.fingerprint) return null
  const content = v.content as unknown as PledgeContent
  return {
    clusterName: content.clusterName,
    year: content.year,
    title: content.title,
    version: v.number,
    status: v.status,
    fingerprint: v.fingerprint,
    code: v.verificationCode!,
    signatures: v.signatures,
    signatoriesTotal: v.signatoryUnitIds.length,
  }
}

export async function verifyCode(input: string): Promise<Verification> {
  const code = normaliseCode(input)
  const pledge = code ? await byVersionCode(code) : null
  return pledge ? { result: 'genuine', via: 'code', pledge } : { result: 'unknown' }
}

// A file verifies when it is byte for byte a PDF the app issued; a file that names one of our codes
// but is not such a file has been altered (or forged).
export async function verifyFile(bytes: Uint8Array): Promise<Verification> {
  const issued = await db.issuedPledgePdf.findUnique({
    where: { sha256: pdfSha256(bytes) },
    select: { issuedAt: true, version: { select: { verificationCode: true } } },
  })
  if (issued?.version.verificationCode) {
    const pledge = await byVersionCode(issued.version.verificationCode, issued.issuedAt)
    if (pledge) return { result: 'genuine', via: 'file', pledge }
  }
  const code = extractVerificationCode(bytes)
  const named = code ? await byVersionCode(code) : null
  return named ? { result: 'altered', pledge: named } : { result: 'unknown' }
}
