import { describe, expect, it } from 'vitest'
import { loadMessages } from '@/lib/i18n/catalogue'

type Tree = { [key: string]: string | Tree }
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)))

const vi = (await loadMessages('vi')) as Tree & { auth: { signInTitle: string; invalid: string } }
const en = (await loadMessages('en')) as Tree

describe('message catalogue', () => {
  it('has every Vietnamese message in English too, and no empty text', () => {
    const viKeys = leaves(vi).map(([k]) => k)
    const enKeys = leaves(en).map(([k]) => k)
    expect(enKeys.sort()).toEqual(viKeys.sort())
    expect(leaves(vi).filter(([, text]) => text.trim() === '')).toEqual([])
  })

  it('is really Vietnamese in the Vietnamese file (diacritics on the sign-in page)', () => {
    expect(vi.auth.signInTitle).toBe('Đăng nhập')
    expect(vi.auth.invalid).toMatch(/mật khẩu/)
  })
})
