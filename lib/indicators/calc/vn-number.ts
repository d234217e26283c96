import type { ParseResult } from './types'

// Users type figures the Vietnamese way (1.234,5) or paste them from a plain spreadsheet (1234.5).
// A comma always means Vietnamese form, so its dots can only be thousands separators. With dots only,
// groups of three after a non-zero lead ("19.000", "1.250.000") are thousands, as a Vietnamese reader
// sees them; any other single dot ("1.5", "2522.81") is a decimal point. "1.234" is therefore 1234: to
// mean one point two three four, write "1,234".
const VN_FORM = /^(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+),\d+$/
const THOUSANDS_ONLY = /^[1-9]\d{0,2}(?:\.\d{3})+$/
const PLAIN_DECIMAL = /^\d+\.\d+$/
const INTEGER = /^\d+$/
// English-style grouping ("1,234,567", "2,522.81") reads differently depending on who typed it; we
// refuse it with its own error so the message can show both accepted forms instead of guessing.
const ENGLISH_FORM = /^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$|^\d{1,3}(?:,\d{3})+\.\d+$/

// NBSP and narrow NBSP arrive with text copied from Word, web pages and some spreadsheet exports.
const EDGE_SPACE = /^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g

export function parseVnNumber(text: string): ParseResult {
  let body = text.replace(EDGE_SPACE, '')
  // A trailing "%" is how percentages are written ("108,1%"); the stored number is the percentage itself.
  if (body.endsWith('%')) body = body.slice(0, -1).replace(EDGE_SPACE, '')
  if (body === '') return { ok: false, error: 'empty' }

  let sign = 1
  // U+2212 is the typographic minus that word processors substitute for "-".
  if (/^[-\u2212+]/.test(body)) {
    sign = body[0] === '+' ? 1 : -1
    body = body.slice(1)
  }

  const magnitude = readMagnitude(body)
  if (typeof magnitude === 'string') return { ok: false, error: magnitude }
  // 0 rather than -0, so "-0" never comes back out of the formatter.
  return { ok: true, value: magnitude === 0 ? 0 : sign * magnitude }
}

function readMagnitude(body: string): number | 'notANumber' | 'ambiguous' {
  if (VN_FORM.test(body)) return Number(body.replaceAll('.', '').replace(',', '.'))
  if (THOUSANDS_ONLY.test(body)) return Number(body.replaceAll('.', ''))
  if (PLAIN_DECIMAL.test(body) || INTEGER.test(body)) return Number(body)
  if (ENGLISH_FORM.test(body)) return 'ambiguous'
  return 'notANumber'
}

const formatters = new Map<string, Intl.NumberFormat>()

// Intl formatters are costly to build and the grid formats thousands of cells; keep one per style.
function formatter(decimals: number, signDisplay: 'negative' | 'exceptZero'): Intl.NumberFormat {
  const key = `${decimals}:${signDisplay}`
  let found = formatters.get(key)
  if (!found) {
    // signDisplay 'negative' drops the sign of a value that rounds to zero, so we never show "-0".
    found = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay })
    formatters.set(key, found)
  }
  return found
}

const MISSING = '—'

function clampDecimals(decimals: number): number {
  return Math.min(Math.max(Math.trunc(decimals), 0), 20)
}

// A fixed number of decimals keeps a column of figures aligned ("2.522,80" next to "2.139,53").
export function formatVnNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return MISSING
  return formatter(clampDecimals(decimals), 'negative').format(value)
}

// "108,1%", or "—" where the comparison has no base (DOMAIN: never Infinity or NaN on screen).
export function formatPercent(value: number | null, decimals = 1): string {
  if (value === null || !Number.isFinite(value)) return MISSING
  return `${formatVnNumber(value, decimals)}%`
}

// Growth is read as a change, so it carries its sign: "+6,42%", "-3,1%", and "0,0%" when it rounds to zero.
export function formatGrowth(value: number | null, decimals = 1): string {
  if (value === null || !Number.isFinite(value)) return MISSING
  return `${formatter(clampDecimals(decimals), 'exceptZero').format(value)}%`
}
