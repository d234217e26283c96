import { createHash } from 'node:crypto'
import { CODE_ALPHABET, CODE_LENGTH, formatCode } from './code-format'

export { normaliseCode, CODE_PATTERN } from './code-format'

// Domain separation: the same id and fingerprint hashed for another purpose never yields this code.
const CODE_CONTEXT = 'cum-thi-dua/pledge-verification-code/v1'

/**
 * A 12-character code (60 bits, "ABCD-EFGH-JKLM") printed on every page and typed on the verification
 * page to find the version. It is derived from the version id and the content fingerprint, so each
 * signed version has its own code and a code can be recomputed to check a stored one. 60 bits are far
 * beyond guessing a valid code by trying.
 */
export function verificationCode(pledgeVersionId: string, fingerprint: string): string {
  if (!pledgeVersionId) throw new TypeError('pledgeVersionId is empty')
  if (!/^[0-9a-f]{64}$/.test(fingerprint)) throw new TypeError('fingerprint is not a SHA-256 hex digest')
  const digest = createHash('sha256').update(`${CODE_CONTEXT}\n${pledgeVersionId}\n${fingerprint}`, 'utf8').digest()
  // Take the first 60 bits, 5 at a time.
  let chars = ''
  let acc = 0
  let bits = 0
  for (const byte of digest) {
    acc = (acc << 8) | byte
    bits += 8
    while (bits >= 5 && chars.length < CODE_LENGTH) {
      bits -= 5
      chars += CODE_ALPHABET[(acc >> bits) & 31]
    }
    acc &= (1 << bits) - 1
    if (chars.length === CODE_LENGTH) break
  }
  return formatCode(chars)
}
