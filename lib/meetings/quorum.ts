// Pure: is a meeting valid? Units present or represented count as attending; the share is a
// fraction (2/3 by default, a provincial rule) compared exactly, so 4 of 6 meets two thirds.
export type Attendance = 'PRESENT' | 'REPRESENTED' | 'ABSENT'
export type QuorumShare = { numerator: number; denominator: number }

export const defaultQuorum: QuorumShare = { numerator: 2, denominator: 3 }

export type QuorumResult = { attending: number; members: number; required: number; valid: boolean }

export function checkQuorum(statuses: Attendance[], share: QuorumShare = defaultQuorum): QuorumResult {
  const members = statuses.length
  const attending = statuses.filter((s) => s !== 'ABSENT').length
  const required = Math.ceil((members * share.numerator) / share.denominator)
  return { attending, members, required, valid: members > 0 && attending * share.denominator >= members * share.numerator }
}

// The shares offered in the form; a province may use any of them.
export const quorumChoices = ['1/2', '2/3', '3/4', '4/5'] as const

export function parseShare(text: string): QuorumShare | null {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  if (!match) return null
  const [numerator, denominator] = [Number(match[1]), Number(match[2])]
  return numerator > 0 && denominator > 0 && numerator <= denominator ? { numerator, denominator } : null
}
