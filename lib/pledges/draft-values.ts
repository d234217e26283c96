import type { PledgeContent } from './document/types'
import { commitmentsToText, targetsToText } from './draft-text'

// The draft form's starting values: the latest version's content, or a sensible first draft
// (the year's campaign theme, the usual sections, 7 January as in the real case).
export function draftValues(
  current: { content: PledgeContent; deadline: Date | null } | null,
  defaults: { year: number; theme: string; unitHeader: string; clusterName: string },
) {
  if (!current) {
    return {
      title: `Thực hiện phong trào thi đua năm ${defaults.year}`,
      theme: defaults.theme,
      preamble: '',
      commitments: '# I. MỤC TIÊU\n\n# II. NỘI DUNG GIAO ƯỚC\n\n# III. TỔ CHỨC THỰC HIỆN',
      targets: '',
      place: '',
      signingDate: `${defaults.year}-01-07`,
      issuer: defaults.clusterName.toLocaleUpperCase('vi'),
      documentNumber: '',
      recipients: 'Ban Thi đua - Khen thưởng tỉnh\nCác đơn vị thành viên\nLưu: VT',
      deadline: '',
    }
  }
  const c = current.content
  return {
    title: c.title,
    theme: c.theme,
    preamble: c.preamble,
    commitments: commitmentsToText(c.commitments),
    targets: targetsToText(c.targets, defaults.unitHeader),
    place: c.place,
    signingDate: c.signingDate,
    issuer: c.issuer,
    documentNumber: c.documentNumber ?? '',
    recipients: c.recipients.join('\n'),
    deadline: current.deadline?.toISOString().slice(0, 10) ?? '',
  }
}
