import { describe, expect, it } from 'vitest'
import { pledgeContentSchema } from '@/lib/pledges/document/types'
import { realPledge } from './sample-pledge'

function issues(input: unknown): [string, string][] {
  const r = pledgeContentSchema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message])
}

describe('pledge content schema', () => {
  it('accepts the real case as it is', () => {
    expect(pledgeContentSchema.parse(realPledge)).toEqual(realPledge)
  })

  it('answers with short keys the caller maps to messages', () => {
    expect(issues({ ...realPledge, title: '  ' })).toEqual([['title', 'required']])
    expect(issues({ ...realPledge, title: undefined })).toEqual([['title', 'required']])
    expect(issues({ ...realPledge, theme: 'x'.repeat(501) })).toEqual([['theme', 'tooLong']])
    expect(issues({ ...realPledge, signingDate: '2022-02-30' })).toEqual([['signingDate', 'invalidDate']])
    expect(issues({ ...realPledge, signingDate: '07/01/2022' })).toEqual([['signingDate', 'invalidDate']])
    expect(issues({ ...realPledge, signatories: [] })).toEqual([['signatories', 'required']])
    expect(issues({ ...realPledge, place: 'Vũ\nQuang' })).toEqual([['place', 'singleLine']])
  })

  it('wants one value per indicator in every row of targets', () => {
    const targets = { ...realPledge.targets!, rows: [{ unitName: 'Huyện Lộc Hà', values: ['1'] }] }
    expect(issues({ ...realPledge, targets })).toEqual([['targets.rows.0.values', 'columnMismatch']])
  })

  it('refuses a unit that would sign twice', () => {
    const dup = [...realPledge.signatories, { ...realPledge.signatories[0], unitName: 'HUYỆN VŨ QUANG' }]
    expect(issues({ ...realPledge, signatories: dup })).toEqual([['signatories.6.unitName', 'duplicateUnit']])
  })

  it('refuses invisible control characters, which would be hashed but not seen', () => {
    expect(issues({ ...realPledge, theme: 'Đổi mới\u0007' })).toEqual([['theme', 'invalidChar']])
  })

  it('treats an empty document number as "not numbered yet"', () => {
    expect(pledgeContentSchema.parse({ ...realPledge, documentNumber: '  ' }).documentNumber).toBeUndefined()
    expect(pledgeContentSchema.parse({ ...realPledge, documentNumber: ' 01/GƯTĐ ' }).documentNumber).toBe('01/GƯTĐ')
  })

  it('takes markup as plain text: nothing is stripped or interpreted', () => {
    const text = '<script>alert("x")</script> **đậm** <b>in</b>'
    const parsed = pledgeContentSchema.parse({ ...realPledge, commitments: [{ type: 'paragraph', text }] })
    expect(parsed.commitments).toEqual([{ type: 'paragraph', text }])
  })

  it('knows only three kinds of block', () => {
    expect(issues({ ...realPledge, commitments: [{ type: 'html', text: '<p>x</p>' }] })).toEqual([['commitments.0.type', 'invalid']])
  })
})
