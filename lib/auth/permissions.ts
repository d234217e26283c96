// "May this user do this action on this unit in this year?" — the one rule book, pure and
// synchronous so it is unit-tested without a database. Every page, server action and route
// handler asks it (through lib/auth/guard.ts); hiding a button protects nothing.
import type { Role } from '@/lib/db/enums'

export type Assignment = {
  role: Role
  provinceId: string
  clusterId: string | null
  unitId: string | null
  year: number | null // null = every year
}

// Which cluster each of the user's own units belonged to, per year.
export type Membership = { unitId: string; clusterId: string; year: number }

// Confirmed handovers of the clusters the user is secretariat of: until the chair of a year is
// handed over, the outgoing secretariat still prepares that year's pledge
// (docs/decisions/0005-rights-follow-the-year.md).
export type HandoverFact = { clusterId: string; toYear: number }

export type Principal = {
  userId: string
  name: string
  assignments: Assignment[]
  memberships: Membership[]
  handovers: HandoverFact[]
}

export type Action =
  | 'province.administer' // clusters, units, membership per year, campaigns: the board
  | 'cluster.read' // see a cluster-year: members, figures, reports
  | 'cluster.manage' // the secretariat's work on one cluster-year
  | 'unit.enterFigures' // a unit's own figures in a cluster-year
  | 'unit.sign' // sign the pledge for one's own unit
  | 'unit.selfScore'
  | 'cluster.vote'
  | 'pledge.draft' // draft and publish a cluster-year's pledge

export type Scope = { provinceId: string; clusterId?: string; unitId?: string; year?: number }

// Acts that are personal to a unit's chairman: nobody signs or votes on their behalf, not even the board.
const chairmanOnly: ReadonlySet<Action> = new Set(['unit.sign', 'unit.selfScore', 'cluster.vote'])

const yearMatches = (granted: number | null, asked: number | undefined) => granted === null || granted === asked

function unitInCluster(p: Principal, unitId: string | null, scope: Scope): boolean {
  if (!unitId || !scope.clusterId || scope.year === undefined) return false
  return p.memberships.some((m) => m.unitId === unitId && m.clusterId === scope.clusterId && m.year === scope.year)
}

function allows(p: Principal, a: Assignment, action: Action, scope: Scope): boolean {
  if (a.provinceId !== scope.provinceId) return false
  switch (a.role) {
    case 'BOARD':
      return !chairmanOnly.has(action)
    case 'SECRETARIAT': {
      // Rights follow the year: the secretariat of 2022 is not the secretariat of 2021.
      if (a.clusterId !== scope.clusterId || a.year === null || scope.year === undefined) return false
      if (action === 'pledge.draft') {
        const outgoing = a.year === scope.year - 1 && !p.handovers.some((h) => h.clusterId === a.clusterId && h.toYear === scope.year)
        return a.year === scope.year || outgoing
      }
      return a.year === scope.year && (action === 'cluster.read' || action === 'cluster.manage' || action === 'unit.enterFigures')
    }
    case 'MEMBER_HEAD':
    case 'MEMBER_STAFF': {
      if (!yearMatches(a.year, scope.year)) return false
      const member = unitInCluster(p, a.unitId, scope)
      if (action === 'cluster.read') return member
      const ownUnit = member && scope.unitId === a.unitId
      if (action === 'unit.enterFigures') return ownUnit
      return a.role === 'MEMBER_HEAD' && ownUnit && chairmanOnly.has(action)
    }
    case 'VIEWER':
      return action === 'cluster.read' && (a.clusterId === null || a.clusterId === scope.clusterId) && yearMatches(a.year, scope.year)
  }
}

export function can(p: Principal | null, action: Action, scope: Scope): boolean {
  if (!p) return false
  return p.assignments.some((a) => allows(p, a, action, scope))
}

export function hasRole(p: Principal, role: Role): boolean {
  return p.assignments.some((a) => a.role === role)
}

// Which roles could ever be granted an action somewhere: a cheap first refusal before the input is
// even read, so a chairman posting to the board's administration learns nothing about its forms.
const capableRoles: Record<Action, readonly Role[]> = {
  'province.administer': ['BOARD'],
  'cluster.read': ['BOARD', 'SECRETARIAT', 'MEMBER_HEAD', 'MEMBER_STAFF', 'VIEWER'],
  'cluster.manage': ['BOARD', 'SECRETARIAT'],
  'unit.enterFigures': ['BOARD', 'SECRETARIAT', 'MEMBER_HEAD', 'MEMBER_STAFF'],
  'unit.sign': ['MEMBER_HEAD'],
  'unit.selfScore': ['MEMBER_HEAD'],
  'cluster.vote': ['MEMBER_HEAD'],
  'pledge.draft': ['BOARD', 'SECRETARIAT'],
}

export function mayEver(p: Principal | null, action: Action): boolean {
  return Boolean(p?.assignments.some((a) => capableRoles[action].includes(a.role)))
}
