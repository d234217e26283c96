// Kept free of node:crypto so a client form can tidy a typed code as the user types it.

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand has no look-alikes.
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const CODE_LENGTH = 12
export const CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/

export function formatCode(chars: string): string {
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`
}

/**
 * Accepts what people type ("abcd efgh jklm", "ABCDEFGHJKLM", "abcd-efgh-jk1m") and returns the
 * canonical "ABCD-EFGH-JKLM", or null when it cannot be a code. Crockford's decoding rules apply:
 * O reads as 0, I and L as 1.
 */
export function normaliseCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 64) return null
  const chars = input
    .toUpperCase()
    .replace(/[\s\-_.·]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (chars.length !== CODE_LENGTH) return null
  for (const c of chars) if (!CODE_ALPHABET.includes(c)) return null
  return formatCode(chars)
}
