import { describe, expect, it } from 'vitest'
import type { IndicatorRule } from '@/lib/indicators/calc/types'
import { validateValue } from '@/lib/indicators/calc/validate'

const tonnes: IndicatorRule = { kind: 'AMOUNT', direction: 'HIGHER_IS_BETTER', decimals: 0, reduction: false }
const billions: IndicatorRule = { ...tonnes, decimals: 2 }
const villages: IndicatorRule = { kind: 'COUNT', direction: 'HIGHER_IS_BETTER', decimals: 0, reduction: false }
const coverage: IndicatorRule = { kind: 'PERCENTAGE', direction: 'HIGHER_IS_BETTER', decimals: 1, reduction: false }
const poorRate: IndicatorRule = { kind: 'RATE', direction: 'LOWER_IS_BETTER', decimals: 2, reduction: true }
const yesNo: IndicatorRule = { kind: 'BOOLEAN', direction: 'HIGHER_IS_BETTER', decimals: 0, reduction: false }

describe('values the secretariat may enter', () => {
  it('accepts the real case’s figures', () => {
    expect(validateValue(19000, tonnes)).toBeNull()
    expect(validateValue(2522.81, billions)).toBeNull()
    expect(validateValue(34, villages)).toBeNull()
    expect(validateValue(1, yesNo)).toBeNull()
    expect(validateValue(0, tonnes)).toBeNull()
  })

  it('accepts a negative rate or percentage, which can be a real change', () => {
    expect(validateValue(-3.15, poorRate)).toBeNull()
  })
})

describe('refusing impossible values', () => {
  it('refuses a negative production value', () => {
    expect(validateValue(-19000, tonnes)).toBe('negative')
    expect(validateValue(-0.5, billions)).toBe('negative')
  })

  it('refuses a negative count', () => {
    expect(validateValue(-1, villages)).toBe('negative')
  })

  it('refuses half a village: a count is a whole number', () => {
    expect(validateValue(34.5, villages)).toBe('tooManyDecimals')
    expect(validateValue(34.5, { ...villages, decimals: 2 })).toBe('tooManyDecimals')
  })

  it('refuses a percentage or a rate over 1000, and accepts 1000 itself', () => {
    expect(validateValue(1081, coverage)).toBe('percentTooLarge')
    expect(validateValue(1000.5, poorRate)).toBe('percentTooLarge')
    expect(validateValue(1000, coverage)).toBeNull()
  })

  it('does not apply the percentage limit to amounts', () => {
    expect(validateValue(1250000, tonnes)).toBeNull()
  })

  it('accepts only 0 or 1 for a yes/no indicator', () => {
    expect(validateValue(0, yesNo)).toBeNull()
    expect(validateValue(2, yesNo)).toBe('notBoolean')
    expect(validateValue(0.5, yesNo)).toBe('notBoolean')
    expect(validateValue(-1, yesNo)).toBe('notBoolean')
  })

  it('refuses a value that slipped through as NaN or Infinity', () => {
    expect(validateValue(Number.NaN, tonnes)).not.toBeNull()
    expect(validateValue(Infinity, tonnes)).toBe('tooLarge')
    expect(validateValue(-Infinity, poorRate)).toBe('tooSmall')
  })
})

describe('the catalogue’s own bounds', () => {
  const share: IndicatorRule = { ...coverage, min: 0, max: 100 }

  it('refuses values outside the indicator’s minimum and maximum, bounds included as valid', () => {
    expect(validateValue(-0.1, share)).toBe('tooSmall')
    expect(validateValue(100.1, share)).toBe('tooLarge')
    expect(validateValue(0, share)).toBeNull()
    expect(validateValue(100, share)).toBeNull()
  })

  it('ignores bounds that are not set', () => {
    expect(validateValue(500, { ...coverage, min: null, max: null })).toBeNull()
  })

  it('reports a negative amount as negative even when a minimum is also set', () => {
    expect(validateValue(-5, { ...tonnes, min: 0 })).toBe('negative')
  })
})

describe('decimals', () => {
  it('allows two decimals more than the indicator shows, as pasted from Excel', () => {
    expect(validateValue(108.123, coverage)).toBeNull()
    expect(validateValue(2522.8149, billions)).toBeNull()
    expect(validateValue(19000.25, tonnes)).toBeNull()
  })

  it('refuses more than that', () => {
    expect(validateValue(108.1234, coverage)).toBe('tooManyDecimals')
    expect(validateValue(19000.125, tonnes)).toBe('tooManyDecimals')
    expect(validateValue(0.1 + 0.2, tonnes)).toBe('tooManyDecimals')
  })

  it('counts decimals of very small and very large numbers correctly', () => {
    expect(validateValue(1e-7, billions)).toBe('tooManyDecimals')
    expect(validateValue(1e21, tonnes)).toBeNull()
  })
})
