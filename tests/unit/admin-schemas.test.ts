import { describe, expect, it } from 'vitest'
import { addMembershipSchema, createUnitSchema } from '@/lib/admin/schemas'
import vi from '@/lib/i18n/messages/vi/core.json'

const firstMessage = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => [String(i.path[0]), i.message])

describe('administration input rules', () => {
  it('names the field and a catalogue message for a blank unit name and a reversed validity', () => {
    const result = createUnitSchema.safeParse({
      provinceId: 'p',
      name: '  ',
      kind: 'COMMUNE',
      validFrom: '2025-07-01',
      validTo: '2025-01-01',
    })
    const issues = firstMessage(result)
    expect(issues).toContainEqual(['name', 'required'])
    // Every message key the schemas use exists in the Vietnamese catalogue.
    for (const [, key] of issues ?? []) expect(vi.errors).toHaveProperty(key)
  })

  it('reports a reversed validity on the end date', () => {
    const result = createUnitSchema.safeParse({
      provinceId: 'p',
      name: 'Xã Vũ Quang',
      kind: 'COMMUNE',
      validFrom: '2025-07-01',
      validTo: '2025-01-01',
    })
    expect(firstMessage(result)).toEqual([['validTo', 'validRange']])
  })

  it('accepts an empty rotation order and refuses a fraction or letters', () => {
    expect(addMembershipSchema.parse({ clusterId: 'c', unitId: 'u', year: '2022', rotationOrder: '' }).rotationOrder).toBeNull()
    expect(firstMessage(addMembershipSchema.safeParse({ clusterId: 'c', unitId: 'u', year: '2022', rotationOrder: '1,5' }))).toEqual([
      ['rotationOrder', 'rotationOrder'],
    ])
    expect(firstMessage(addMembershipSchema.safeParse({ clusterId: 'c', unitId: 'u', year: 'hai', rotationOrder: '' }))).toEqual([
      ['year', 'year'],
    ])
  })
})
