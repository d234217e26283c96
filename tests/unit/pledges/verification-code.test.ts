import { describe, expect, it } from 'vitest'
import { CODE_PATTERN, normaliseCode, verificationCode } from '@/lib/pledges/document/verification-code'

const fp = 'c688ab2ea1c0c98c30a8ebebd1dd183638c599bc06f1c9a82bc34a1ba000bbb3'

describe('verification code', () => {
  it('is 12 Crockford base32 characters in three groups, with no I, L, O or U', () => {
    for (const id of ['a', 'pv_1', 'clx1y2z3', 'ffffffff-ffff-ffff-ffff-ffffffffffff']) {
      const code = verificationCode(id, fp)
      expect(code).toMatch(CODE_PATTERN)
      expect(code).not.toMatch(/[ILOU]/)
    }
  })

  it('is the same every time for one version and differs between versions or contents', () => {
    const code = verificationCode('pv_1', fp)
    expect(verificationCode('pv_1', fp)).toBe(code)
    expect(verificationCode('pv_2', fp)).not.toBe(code)
    expect(verificationCode('pv_1', fp.replace(/^c/, 'd'))).not.toBe(code)
  })

  it('refuses an empty id or something that is not a SHA-256 digest', () => {
    expect(() => verificationCode('', fp)).toThrow()
    expect(() => verificationCode('pv_1', 'abc')).toThrow()
    expect(() => verificationCode('pv_1', fp.toUpperCase())).toThrow()
  })
})

describe('normaliseCode: what people type', () => {
  const code = verificationCode('pv_1', fp)
  const bare = code.replace(/-/g, '')

  it('accepts lower case, spaces, missing or extra dashes', () => {
    expect(normaliseCode(code)).toBe(code)
    expect(normaliseCode(code.toLowerCase())).toBe(code)
    expect(normaliseCode(bare)).toBe(code)
    expect(normaliseCode(`  ${bare.slice(0, 4)} ${bare.slice(4, 8)}  ${bare.slice(8)} `)).toBe(code)
    expect(normaliseCode(`${bare.slice(0, 6)}-${bare.slice(6)}`)).toBe(code)
  })

  it('reads O as 0 and I or L as 1, as Crockford base32 does', () => {
    expect(normaliseCode('O0O0-1111-ilIL')).toBe('0000-1111-1111')
  })

  it('returns null for garbage', () => {
    for (const bad of ['', 'ABCD-EFGH', 'ABCD-EFGH-JKLMN', 'ABCD-EFGH-JKU1', 'ABCD-EFGH-JK#1', '<script>', 'x'.repeat(1000)]) {
      expect(normaliseCode(bad)).toBeNull()
    }
    expect(normaliseCode(undefined)).toBeNull()
    expect(normaliseCode(123456789012)).toBeNull()
  })
})
