import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderPledgePdf } from '@/lib/pledges/document/render-pdf'
import { extractVerificationCode, samePdf } from '@/lib/pledges/document/verify-pdf'
import { renderInput } from './sample-pledge'

// The verification page's flow: code from the upload → load that version → re-render → compare bytes.
describe('verifying an uploaded PDF', { timeout: 30_000 }, () => {
  const input = renderInput()
  let pdf: Uint8Array

  beforeAll(async () => {
    pdf = await renderPledgePdf(input)
  })

  it('reads the code back and finds the re-rendered file identical', async () => {
    expect(extractVerificationCode(pdf)).toBe(input.code)
    expect(samePdf(pdf, await renderPledgePdf(input))).toBe(true)
  })

  it('rejects a file with a single byte changed', () => {
    const tampered = new Uint8Array(pdf)
    const i = Math.floor(tampered.length / 2)
    tampered[i] ^= 0x01
    expect(samePdf(pdf, tampered)).toBe(false)
    expect(samePdf(pdf, pdf.subarray(0, pdf.length - 1))).toBe(false)
  })

  it('reads the code from a file that has been appended to (incremental save keeps the last one)', () => {
    const appended = Buffer.concat([
      Buffer.from(pdf),
      Buffer.from('\n99 0 obj\n(cum-thi-dua-verification-code:abcd-efgh-jk1m)\nendobj\n%%EOF\n', 'latin1'),
    ])
    expect(extractVerificationCode(appended)).toBe('ABCD-EFGH-JK1M')
  })

  it('returns null for anything that is not one of our PDFs, and never throws', () => {
    const garbage: unknown[] = [
      new Uint8Array(),
      new Uint8Array([0x25, 0x50]),
      randomBytes(4096),
      Buffer.from('<html><script>cum-thi-dua-verification-code:ABCD-EFGH-JKLM</script></html>'),
      Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF'),
      Buffer.from('%PDF-1.7\n(cum-thi-dua-verification-code:ABCD-EFGH-JKUU)'), // U is not in the alphabet
      'a string',
      null,
      undefined,
      { length: 5 },
    ]
    for (const g of garbage) {
      expect(extractVerificationCode(g as Uint8Array)).toBeNull()
      expect(samePdf(g as Uint8Array, pdf)).toBe(false)
    }
  })

  it('accepts a Uint8Array view into a larger buffer (as an upload stream may give)', () => {
    const big = new Uint8Array(pdf.length + 20)
    big.set(pdf, 10)
    const view = big.subarray(10, 10 + pdf.length)
    expect(extractVerificationCode(view)).toBe(input.code)
    expect(samePdf(view, pdf)).toBe(true)
  })
})
