import { describe, expect, it } from 'vitest'
import { canonicalize, fingerprint, normalizeContent } from '@/lib/pledges/document/canonical'
import type { PledgeContent } from '@/lib/pledges/document/types'
import { realPledge } from './sample-pledge'

// Rebuilds an object with its keys in reverse order, at every level.
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  ) as T
}

// Applies f to every text of the content (not to the block kind, which is a tag, not text).
function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as T
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'type' ? v : mapStrings(v, f)])) as T
}

const base = fingerprint(realPledge)

describe('fingerprint of a pledge version', () => {
  it('is a SHA-256 hex digest', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/)
  })

  it('does not depend on key order', () => {
    expect(fingerprint(reverseKeys(realPledge))).toBe(base)
  })

  it('does not depend on how diacritics were typed (NFD from a Mac keyboard)', () => {
    const nfd = mapStrings(realPledge, (s) => s.normalize('NFD'))
    expect(nfd.theme).not.toBe(realPledge.theme)
    expect(fingerprint(nfd)).toBe(base)
  })

  it('ignores CRLF line endings, trailing spaces and tabs-versus-spaces that print the same', () => {
    const typed: PledgeContent = {
      ...realPledge,
      preamble: `${realPledge.preamble}   \r\n`,
      commitments: realPledge.commitments.map((b) => (b.type === 'paragraph' ? { ...b, text: `${b.text} \t` } : b)),
    }
    expect(fingerprint(typed)).toBe(base)
    const multi = (eol: string) => ({ ...realPledge, preamble: ['Dòng một.', 'Dòng hai.'].join(eol) })
    expect(fingerprint(multi('\r\n'))).toBe(fingerprint(multi('\n')))
  })

  it('drops keys the document does not print, so they cannot be hashed unseen', () => {
    const extra = { ...realPledge, secretNote: 'không in ra' } as PledgeContent
    expect(fingerprint(extra)).toBe(base)
    expect(canonicalize(extra)).not.toContain('secretNote')
  })

  it('changes with any visible change', () => {
    const variants: PledgeContent[] = [
      { ...realPledge, theme: realPledge.theme.replace('Đổi mới', 'Đổi mơi') }, // one diacritic
      { ...realPledge, year: 2023 },
      { ...realPledge, place: 'Lộc Hà' },
      { ...realPledge, signingDate: '2022-01-08' },
      { ...realPledge, documentNumber: undefined },
      { ...realPledge, recipients: realPledge.recipients.slice(0, 2) },
      { ...realPledge, commitments: [...realPledge.commitments].reverse() },
      { ...realPledge, preamble: `${realPledge.preamble}\n` + 'Thêm một đoạn.' },
      {
        ...realPledge,
        targets: {
          ...realPledge.targets!,
          rows: realPledge.targets!.rows.map((r, i) => (i === 3 ? { ...r, values: ['5.951', ...r.values.slice(1)] } : r)),
        },
      },
      { ...realPledge, targets: null },
      { ...realPledge, signatories: realPledge.signatories.map((s, i) => (i === 2 ? { ...s, personName: 'Trần Văn B' } : s)) },
      {
        ...realPledge,
        commitments: realPledge.commitments.map((b) => (b.type === 'list' ? { ...b, ordered: !b.ordered } : b)),
      },
    ]
    const prints = variants.map(fingerprint)
    for (const p of prints) expect(p).not.toBe(base)
    expect(new Set(prints).size).toBe(prints.length)
  })

  it('keeps a heading and a paragraph with the same words apart', () => {
    const asHeading: PledgeContent = { ...realPledge, commitments: [{ type: 'heading', text: 'I. MỤC TIÊU' }] }
    const asParagraph: PledgeContent = { ...realPledge, commitments: [{ type: 'paragraph', text: 'I. MỤC TIÊU' }] }
    expect(fingerprint(asHeading)).not.toBe(fingerprint(asParagraph))
  })

  it('has a normal form that is already normal', () => {
    const once = normalizeContent(mapStrings(realPledge, (s) => `${s.normalize('NFD')}  `))
    expect(normalizeContent(once)).toEqual(once)
    expect(canonicalize(once)).toBe(canonicalize(realPledge))
  })
})
