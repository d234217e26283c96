import type { CellValue } from 'exceljs'
import type { IndicatorRule } from '../calc/types'
import { parseVnNumber } from '../calc/vn-number'
import { normalize } from './layout'

// What a cell holds once exceljs's many shapes (rich text, formula with its result, hyperlink, error)
// are set aside: the reader only needs to tell numbers, text, blanks and the rest apart.
export type CellRead =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'other'; text: string } // a date, an error such as #DIV/0!

const blank: CellRead = { kind: 'blank' }
const PERCENT_FORMAT = /(?<!\\)%/ // a % outside quoted text and not escaped as \%
const EDGE_SPACE = /^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g

// `numFmt`: typing "45%" into a cell makes Excel store 0,45 and show it with a % format, while the
// app stores a percentage as 45; the cell's format tells the two apart.
export function readCell(value: CellValue, numFmt?: string): CellRead {
  if (value === null || value === undefined) return blank
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'other', text: String(value) }
    return {
      kind: 'number',
      value: numFmt && PERCENT_FORMAT.test(numFmt.replace(/"[^"]*"/g, '')) ? Number((value * 100).toPrecision(15)) : value,
    }
  }
  if (typeof value === 'string') {
    const text = value.replace(EDGE_SPACE, '')
    return text ? { kind: 'text', text } : blank
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value }
  if (value instanceof Date) return { kind: 'other', text: value.toISOString().slice(0, 10) }
  if ('richText' in value) return readCell(value.richText.map((part) => part.text).join(''))
  // A formula counts by the result Excel saved with it: that is what the clerk saw.
  if ('formula' in value || 'sharedFormula' in value) return readCell((value.result ?? null) as CellValue, numFmt)
  if ('error' in value) return { kind: 'other', text: String(value.error) }
  if ('text' in value) return readCell(value.text)
  return { kind: 'other', text: '' }
}

export function shownText(read: CellRead): string {
  if (read.kind === 'blank') return ''
  if (read.kind === 'number' || read.kind === 'boolean') return String(read.value)
  return read.text
}

export type NumberRead = { ok: true; value: number; raw: number } | { ok: false; code: 'notANumber' | 'ambiguous' }

// A yes/no cell is shown as "Đạt" / "Chưa đạt" (write.ts), so a clerk may type those words as well.
const yesNo = new Map([
  ['đạt', 1],
  ['chưa đạt', 0],
  ['không đạt', 0],
])

export function numberOf(read: CellRead, rule: Pick<IndicatorRule, 'kind'>): NumberRead {
  if (read.kind === 'number') {
    // Excel keeps 15 significant digits; the rest is binary noise of a formula (0,1 × 3 =
    // 0,30000000000000004) that would otherwise be refused as too many decimals. `raw` is kept so an
    // untouched cell compares equal to the stored figure it was written from.
    return { ok: true, value: Number(read.value.toPrecision(15)), raw: read.value }
  }
  if (read.kind === 'boolean' && rule.kind === 'BOOLEAN') return { ok: true, value: Number(read.value), raw: Number(read.value) }
  if (read.kind !== 'text') return { ok: false, code: 'notANumber' }
  const word = rule.kind === 'BOOLEAN' ? yesNo.get(normalize(read.text)) : undefined
  if (word !== undefined) return { ok: true, value: word, raw: word }
  const parsed = parseVnNumber(read.text)
  if (!parsed.ok) return { ok: false, code: parsed.error === 'ambiguous' ? 'ambiguous' : 'notANumber' }
  return { ok: true, value: parsed.value, raw: parsed.value }
}

// The text a CellChange carries, which the save service parses again with parseVnNumber: no
// thousands dots (a plain "1.234" would read as 1234) and a decimal comma, so it reads back exactly.
export function changeText(value: number): string {
  const plain = String(value)
  if (!/e/i.test(plain)) return plain.replace('.', ',')
  // Past 1e21 or below 1e-6 String() switches to exponents, which parseVnNumber does not read.
  if (Number.isInteger(value)) return BigInt(value).toString()
  return value.toFixed(20).replace(/0+$/, '').replace('.', ',')
}
