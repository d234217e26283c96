// Pure: next year's chair and deputy, proposed from the rotation order (docs/domain.md: one-year terms,
// chosen in rotation). Walk the order onwards from this year's chair, skipping units that are not
// members next year; the first is the proposed chair, the next the deputy. Units new next year
// follow the existing order, by their own rotation position.
export type RotationEntry = { unitId: string; rotationOrder: number | null }

export type Proposal = { chairUnitId: string | null; deputyUnitId: string | null }

const byOrder = (a: RotationEntry, b: RotationEntry) => (a.rotationOrder ?? Infinity) - (b.rotationOrder ?? Infinity)

export function proposeNextChair(input: {
  thisYear: RotationEntry[]
  nextYear: RotationEntry[]
  currentChairUnitId: string | null
}): Proposal {
  const nextMembers = new Set(input.nextYear.map((e) => e.unitId))
  const current = [...input.thisYear].sort(byOrder).map((e) => e.unitId)
  const newcomers = [...input.nextYear]
    .sort(byOrder)
    .map((e) => e.unitId)
    .filter((id) => !current.includes(id))
  const order = [...current, ...newcomers]
  if (order.length === 0) return { chairUnitId: null, deputyUnitId: null }

  const start = input.currentChairUnitId ? order.indexOf(input.currentChairUnitId) : -1
  const walk = order.map((_, i) => order[(start + 1 + i + order.length) % order.length])
  const candidates = walk.filter((id) => nextMembers.has(id) && id !== input.currentChairUnitId)
  return { chairUnitId: candidates[0] ?? null, deputyUnitId: candidates[1] ?? null }
}
