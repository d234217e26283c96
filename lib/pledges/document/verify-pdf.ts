import 'server-only'
import { createHash } from 'node:crypto'
import { normaliseCode } from './code-format'

// The verification page: read the code from an uploaded PDF → load that version → re-render → compare
// bytes with samePdf. Uploads are untrusted: these functions return null/false on anything odd and
// never throw. The size cap is the caller's.

// Written in the Info dictionary's Keywords by render-pdf.ts (kept literal here so this file does not
// load the renderer). The Info dictionary is never compressed, so the marker is plain ASCII in the file.
const MARKER = /cum-thi-dua-verification-code:([0-9A-Za-z]{4}-[0-9A-Za-z]{4}-[0-9A-Za-z]{4})/g

function isPdf(bytes: Uint8Array): boolean {
  // "%PDF-" must open the file; readers tolerate up to 1 KB of junk before it, so do we.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1')
  return head.includes('%PDF-')
}

/** The verification code our renderer embedded, or null for non-PDFs and PDFs we did not make. */
export function extractVerificationCode(pdfBytes: Uint8Array): string | null {
  try {
    if (!(pdfBytes instanceof Uint8Array) || pdfBytes.byteLength < 8 || !isPdf(pdfBytes)) return null
    const text = Buffer.from(pdfBytes.buffer, pdfBytes.byteOffset, pdfBytes.byteLength).toString('latin1')
    // An incremental save appends a newer Info dictionary: the last marker is the current one.
    let last: string | null = null
    for (const m of text.matchAll(MARKER)) last = m[1]
    return last === null ? null : normaliseCode(last)
  } catch {
    return null
  }
}

export function pdfSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** True when both files are byte-for-byte the same (compared by SHA-256). */
export function samePdf(a: Uint8Array, b: Uint8Array): boolean {
  if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array)) return false
  if (a.byteLength !== b.byteLength) return false
  return pdfSha256(a) === pdfSha256(b)
}
