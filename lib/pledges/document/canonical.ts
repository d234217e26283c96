import { createHash } from 'node:crypto'
import type { Block, PledgeContent } from './types'

// The fingerprint is the evidence of "the exact text they signed" (docs/domain.md,
// docs/decisions/0004-deterministic-pledge-pdfs.md). Two rules keep it honest:
// - the same visible text always hashes the same, however it was typed (key order, NFD diacritics from a
//   Mac keyboard, CRLF from Windows, trailing spaces);
// - the renderer prints `normalizeContent(content)`, the very object that is hashed, so nothing
//   unhashed can reach the paper and nothing hashed is dropped from it.
// Changing any rule here changes every fingerprint: bump CANONICAL_FORMAT and keep the old rules for the
// versions already signed.
export const CANONICAL_FORMAT = 'cum-thi-dua/pledge-content/v1'

export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ') // a tab prints as a blank; keep one blank so layout and hash agree
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim()
}

function normalizeBlock(b: Block): Block {
  if (b.type === 'list') return { type: 'list', ordered: b.ordered, items: b.items.map(normalizeText) }
  return { type: b.type, text: normalizeText(b.text) }
}

// Rebuilds the content field by field: unknown keys are dropped, so they can neither be hashed unseen nor
// shown unhashed.
export function normalizeContent(c: PledgeContent): PledgeContent {
  const documentNumber = c.documentNumber === undefined ? '' : normalizeText(c.documentNumber)
  return {
    clusterName: normalizeText(c.clusterName),
    year: c.year,
    title: normalizeText(c.title),
    theme: normalizeText(c.theme),
    preamble: normalizeText(c.preamble),
    commitments: c.commitments.map(normalizeBlock),
    targets: c.targets
      ? {
          columns: c.targets.columns.map(normalizeText),
          rows: c.targets.rows.map((r) => ({ unitName: normalizeText(r.unitName), values: r.values.map(normalizeText) })),
        }
      : null,
    place: normalizeText(c.place),
    signingDate: normalizeText(c.signingDate),
    issuer: normalizeText(c.issuer),
    ...(documentNumber ? { documentNumber } : {}),
    recipients: c.recipients.map(normalizeText),
    signatories: c.signatories.map((s) => ({
      unitName: normalizeText(s.unitName),
      title: normalizeText(s.title),
      personName: normalizeText(s.personName),
    })),
  }
}

// JSON with object keys sorted by code unit at every level; arrays keep their order (order is meaning).
function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`
}

export function canonicalize(content: PledgeContent): string {
  return stableStringify({ format: CANONICAL_FORMAT, content: normalizeContent(content) })
}

/** SHA-256 (lowercase hex) of the UTF-8 canonical form. */
export function fingerprint(content: PledgeContent): string {
  return createHash('sha256').update(canonicalize(content), 'utf8').digest('hex')
}
