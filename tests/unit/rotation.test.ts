import { describe, expect, it } from 'vitest'
import { proposeNextChair } from '@/lib/rotation/propose-next'
import { checkQuorum, parseShare } from '@/lib/meetings/quorum'

const order = (...ids: string[]) => ids.map((unitId, i) => ({ unitId, rotationOrder: i + 1 }))
const cluster2 = order('Vũ Quang', 'Lộc Hà', 'Hương Sơn', 'Hương Khê', 'Cẩm Xuyên', 'Kỳ Anh')

describe('proposing next year’s chair and deputy from the rotation', () => {
  it('proposes Lộc Hà after Vũ Quang, as in the real case, with the next unit as deputy', () => {
    expect(proposeNextChair({ thisYear: cluster2, nextYear: cluster2, currentChairUnitId: 'Vũ Quang' })).toEqual({
      chairUnitId: 'Lộc Hà',
      deputyUnitId: 'Hương Sơn',
    })
  })

  it('wraps around from the last unit to the first', () => {
    expect(proposeNextChair({ thisYear: cluster2, nextYear: cluster2, currentChairUnitId: 'Kỳ Anh' })).toEqual({
      chairUnitId: 'Vũ Quang',
      deputyUnitId: 'Lộc Hà',
    })
  })

  it('skips units that are no longer members next year', () => {
    const next = cluster2.filter((e) => e.unitId !== 'Lộc Hà')
    expect(proposeNextChair({ thisYear: cluster2, nextYear: next, currentChairUnitId: 'Vũ Quang' })).toEqual({
      chairUnitId: 'Hương Sơn',
      deputyUnitId: 'Hương Khê',
    })
  })

  it('puts a unit joining next year after the existing order', () => {
    const next = [...cluster2.filter((e) => e.unitId !== 'Vũ Quang'), { unitId: 'Xã mới', rotationOrder: 7 }]
    expect(proposeNextChair({ thisYear: cluster2, nextYear: next, currentChairUnitId: 'Cẩm Xuyên' })).toEqual({
      chairUnitId: 'Kỳ Anh',
      deputyUnitId: 'Xã mới',
    })
  })

  it('starts at the top of the order when nobody chairs this year', () => {
    expect(proposeNextChair({ thisYear: cluster2, nextYear: cluster2, currentChairUnitId: null })).toEqual({
      chairUnitId: 'Vũ Quang',
      deputyUnitId: 'Lộc Hà',
    })
  })

  it('proposes nobody for an empty cluster, and no deputy for a single member', () => {
    expect(proposeNextChair({ thisYear: [], nextYear: [], currentChairUnitId: null })).toEqual({ chairUnitId: null, deputyUnitId: null })
    expect(proposeNextChair({ thisYear: order('A', 'B'), nextYear: order('B'), currentChairUnitId: 'A' })).toEqual({
      chairUnitId: 'B',
      deputyUnitId: null,
    })
  })
})

describe('meeting quorum', () => {
  it('accepts four of six members against two thirds, counting representatives', () => {
    expect(checkQuorum(['PRESENT', 'PRESENT', 'REPRESENTED', 'PRESENT', 'ABSENT', 'ABSENT'])).toEqual({
      attending: 4,
      members: 6,
      required: 4,
      valid: true,
    })
  })

  it('refuses three of six', () => {
    expect(checkQuorum(['PRESENT', 'PRESENT', 'PRESENT', 'ABSENT', 'ABSENT', 'ABSENT']).valid).toBe(false)
  })

  it('uses the configured share', () => {
    const share = parseShare('4/5')!
    expect(checkQuorum(['PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'ABSENT'], share).valid).toBe(true)
    expect(checkQuorum(['PRESENT', 'PRESENT', 'PRESENT', 'ABSENT', 'ABSENT'], share)).toMatchObject({ required: 4, valid: false })
  })

  it('reads only proper fractions', () => {
    expect(parseShare('2/3')).toEqual({ numerator: 2, denominator: 3 })
    expect([parseShare('3/2'), parseShare('0/3'), parseShare('hai phần ba')]).toEqual([null, null, null])
  })

  it('never calls a meeting of no members valid', () => {
    expect(checkQuorum([]).valid).toBe(false)
  })
})
