import { describe, expect, it } from 'vitest'
import { formatGrowth, formatPercent, formatVnNumber, parseVnNumber } from '@/lib/indicators/calc/vn-number'

const value = (text: string) => {
  const parsed = parseVnNumber(text)
  if (!parsed.ok) throw new Error(`"${text}" was refused: ${parsed.error}`)
  return parsed.value
}
const error = (text: string) => {
  const parsed = parseVnNumber(text)
  return parsed.ok ? `accepted as ${parsed.value}` : parsed.error
}

describe('reading a figure typed in Vietnamese form', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['2.522,81', 2522.81],
    ['19.000', 19000],
    ['1.250.000', 1250000],
    ['-3,15', -3.15],
    ['0,5', 0.5],
    ['1234,5', 1234.5], // thousands dots are optional
    ['1,234', 1.234], // a comma is always the decimal comma
  ])('reads "%s" as %d', (text, expected) => {
    expect(value(text)).toBe(expected)
  })
})

describe('reading a figure pasted in plain form', () => {
  it.each([
    ['1234.5', 1234.5],
    ['2522.81', 2522.81],
    ['1234', 1234],
    ['1.5', 1.5],
    ['0.500', 0.5], // a leading zero cannot start a thousands group
    ['-12.75', -12.75],
  ])('reads "%s" as %d', (text, expected) => {
    expect(value(text)).toBe(expected)
  })

  it('reads a dot followed by three digits as thousands, the way a Vietnamese reader sees "19.000 tấn"', () => {
    expect(value('1.234')).toBe(1234)
  })
})

describe('tolerating what copy and paste brings along', () => {
  it('trims spaces, tabs and non-breaking spaces around the figure', () => {
    expect(value('  19.000 ')).toBe(19000)
    expect(value('\u00a0108,1\u00a0')).toBe(108.1)
    expect(value('\t2.522,81\u202f')).toBe(2522.81)
  })

  it('accepts a trailing percent sign and keeps the percentage itself', () => {
    expect(value('108,1%')).toBe(108.1)
    expect(value('6,42 %')).toBe(6.42)
    expect(value('117%')).toBe(117)
  })

  it('accepts an explicit plus sign and the typographic minus', () => {
    expect(value('+6,42%')).toBe(6.42)
    expect(value('\u22123,15')).toBe(-3.15)
  })

  it('never gives back a negative zero', () => {
    expect(Object.is(value('-0'), 0)).toBe(true)
    expect(Object.is(value('-0,00'), 0)).toBe(true)
  })
})

describe('refusing what is not a figure', () => {
  it('says an empty cell is empty, not wrong', () => {
    expect(error('')).toBe('empty')
    expect(error('   ')).toBe('empty')
    expect(error('\u00a0%')).toBe('empty')
  })

  it.each([
    '1,2,3',
    '1.2.3',
    '12a',
    'abc',
    '1,,2',
    '1,2.5',
    '19.00.000',
    '1.250.00',
    '5,',
    ',5',
    '.5',
    '5.',
    '1 000',
    '--3',
    '1e5',
    'Infinity',
    '%5',
    '5%%',
  ])('refuses "%s" as not a number', (text) => {
    expect(error(text)).toBe('notANumber')
  })

  it('refuses English thousands commas instead of guessing which figure was meant', () => {
    expect(error('1,234,567')).toBe('ambiguous')
    expect(error('2,522.81')).toBe('ambiguous')
    expect(error('1,250,000.5')).toBe('ambiguous')
  })
})

describe('writing a figure the Vietnamese way', () => {
  it('uses dots for thousands and a comma for decimals', () => {
    expect(formatVnNumber(1250000, 0)).toBe('1.250.000')
    expect(formatVnNumber(108.1, 1)).toBe('108,1')
    expect(formatVnNumber(2522.81, 2)).toBe('2.522,81')
    expect(formatVnNumber(19000, 0)).toBe('19.000')
  })

  it('keeps the indicator’s decimals so a column of figures lines up', () => {
    expect(formatVnNumber(2522.8, 2)).toBe('2.522,80')
    expect(formatVnNumber(6574, 2)).toBe('6.574,00')
  })

  it('rounds half away from zero, as people round by hand', () => {
    expect(formatVnNumber(108.05, 1)).toBe('108,1')
    expect(formatVnNumber(-3.155, 2)).toBe('-3,16')
    expect(formatVnNumber(0.5, 0)).toBe('1')
  })

  it('never shows "-0" for a small negative value', () => {
    expect(formatVnNumber(-0.001, 2)).toBe('0,00')
    expect(formatVnNumber(-0, 0)).toBe('0')
  })

  it('shows a missing figure as a dash rather than NaN', () => {
    expect(formatVnNumber(Number.NaN, 1)).toBe('—')
    expect(formatVnNumber(Infinity, 1)).toBe('—')
  })

  it('round-trips: what it writes, the parser reads back', () => {
    for (const figure of [1250000, 2522.81, -3.15, 0.5, 19000, 108.1]) {
      expect(value(formatVnNumber(figure, 2))).toBe(figure)
    }
  })
})

describe('writing percentages and growth', () => {
  it('writes a percentage with one decimal by default, and a dash when there is none', () => {
    expect(formatPercent(108.1)).toBe('108,1%')
    expect(formatPercent(117, 0)).toBe('117%')
    expect(formatPercent(null)).toBe('—')
    expect(formatPercent(Number.NaN)).toBe('—')
  })

  it('writes growth with its sign, and a dash when there is none', () => {
    expect(formatGrowth(6.42, 2)).toBe('+6,42%')
    expect(formatGrowth(-3.1)).toBe('-3,1%')
    expect(formatGrowth(10.9)).toBe('+10,9%')
    expect(formatGrowth(null, 2)).toBe('—')
  })

  it('writes growth that rounds to nothing without a sign', () => {
    expect(formatGrowth(0)).toBe('0,0%')
    expect(formatGrowth(-0.01)).toBe('0,0%')
    expect(formatGrowth(0.04)).toBe('0,0%')
  })
})
