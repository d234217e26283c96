import { hasRole, type Principal } from './permissions'

export type NavLink = { href: string; labelKey: 'home' | 'admin' }

// Navigation by role. Only a convenience: every page checks its own permission again.
export function navigationFor(principal: Principal): NavLink[] {
  const links: NavLink[] = [{ href: '/', labelKey: 'home' }]
  if (hasRole(principal, 'BOARD')) links.push({ href: '/admin', labelKey: 'admin' })
  return links
}
