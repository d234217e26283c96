import type { Signatory } from './document/types'

// Pure: how a member unit and its chairman appear in a pledge's signature block. Always in
// Vietnamese: this is the document, not the interface.
const kindName: Record<string, string> = {
  PROVINCE: 'Tỉnh',
  CITY: 'Thành phố',
  DISTRICT: 'Huyện',
  TOWN: 'Thị xã',
  COMMUNE: 'Xã',
  WARD: 'Phường',
  DEPARTMENT: '',
  AGENCY: '',
  OTHER: '',
}

export function signatoryOf(unit: { name: string; kind: string }, head?: { name: string; title: string | null }): Signatory {
  const unitName = `${kindName[unit.kind] ?? ''} ${unit.name}`.trim()
  return {
    unitName,
    title: (head?.title ?? `Chủ tịch UBND ${unitName}`).toLocaleUpperCase('vi'),
    personName: head?.name ?? '(Họ và tên)',
  }
}
