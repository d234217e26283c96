import type { Principal } from '@/lib/auth/permissions'

// The province a board officer administers (a board officer serves one province).
export function boardProvinceId(principal: Principal): string | null {
  return principal.assignments.find((a) => a.role === 'BOARD')?.provinceId ?? null
}
