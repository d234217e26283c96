import type { PledgeContent, PledgeSignatureRecord, RenderPledgeInput } from '@/lib/pledges/document/types'
import { fingerprint } from '@/lib/pledges/document/canonical'
import { verificationCode } from '@/lib/pledges/document/verification-code'

// The real case (docs/domain.md): Cluster No. 2 of Hà Tĩnh signs its 2022 pledge at Vũ Quang on 7 January
// 2022. Names beyond the two chairmen the fixture knows are placeholders, and the target figures are
// illustrative, not the cluster's real 2022 targets.

export const MEMBERS = ['Vũ Quang', 'Hương Sơn', 'Hương Khê', 'Lộc Hà', 'Cẩm Xuyên', 'Kỳ Anh'] as const
const CHAIRMEN: Record<string, string> = { 'Vũ Quang': 'Bùi Khắc Bằng', 'Hương Sơn': 'Nguyễn Quang Thọ' }

export const realPledge: PledgeContent = {
  clusterName: 'Cụm thi đua số 2',
  year: 2022,
  title: 'Thực hiện phong trào thi đua năm 2022',
  theme: 'Đổi mới, sáng tạo thi đua hoàn thành vượt mức các chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội',
  preamble:
    'Thực hiện phong trào thi đua năm 2022 do Ủy ban nhân dân tỉnh Hà Tĩnh phát động; tại Hội nghị tổng kết ' +
    'công tác thi đua, khen thưởng năm 2021 tổ chức ngày 07 tháng 01 năm 2022 tại huyện Vũ Quang, các đơn vị ' +
    'thành viên Cụm thi đua số 2 gồm các huyện: Vũ Quang, Hương Sơn, Hương Khê, Lộc Hà, Cẩm Xuyên và Kỳ Anh ' +
    'thống nhất ký kết giao ước thi đua năm 2022 với các nội dung sau:',
  commitments: [
    { type: 'heading', text: 'I. MỤC TIÊU' },
    {
      type: 'paragraph',
      text:
        'Đẩy mạnh phong trào thi đua yêu nước, phấn đấu hoàn thành vượt mức các chỉ tiêu, nhiệm vụ phát triển ' +
        'kinh tế - xã hội, quốc phòng - an ninh năm 2022 theo Nghị quyết của Hội đồng nhân dân các huyện; ' +
        'tạo khí thế thi đua sôi nổi, rộng khắp trong cán bộ, công chức, viên chức và Nhân dân.',
    },
    { type: 'heading', text: 'II. NỘI DUNG GIAO ƯỚC' },
    {
      type: 'list',
      ordered: true,
      items: [
        'Thi đua thực hiện hoàn thành và vượt mức các chỉ tiêu kinh tế - xã hội chủ yếu năm 2022 được giao tại phụ lục kèm theo giao ước này.',
        'Đẩy mạnh xây dựng nông thôn mới, đô thị văn minh; phấn đấu có thêm thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu và vườn mẫu đạt chuẩn.',
        'Thực hiện tốt công tác cải cách hành chính, chuyển đổi số; nâng cao chỉ số hài lòng của người dân và doanh nghiệp.',
        'Giữ vững quốc phòng, an ninh, trật tự an toàn xã hội; làm tốt công tác phòng, chống dịch Covid-19.',
      ],
    },
    { type: 'heading', text: 'III. TỔ CHỨC THỰC HIỆN' },
    {
      type: 'list',
      ordered: false,
      items: [
        'Các đơn vị thành viên xây dựng kế hoạch, cụ thể hóa nội dung giao ước, phát động thi đua tại đơn vị;',
        'Trưởng Cụm thi đua năm 2022 (huyện Lộc Hà) theo dõi, tổng hợp kết quả, tổ chức sơ kết 6 tháng và tổng kết năm.',
      ],
    },
  ],
  targets: {
    columns: [
      'Giá trị sản xuất (tỷ đồng)',
      'Tốc độ tăng GTSX (%)',
      'Sản lượng lương thực (tấn)',
      'Thôn đạt chuẩn KDC NTM kiểu mẫu (thôn)',
      'Vườn mẫu đạt chuẩn (vườn)',
    ],
    rows: MEMBERS.map((m, i) => ({
      unitName: `Huyện ${m}`,
      values: [`${(2500 + i * 1150).toLocaleString('de-DE')}`, `${6 + (i % 3)},5`, `trên ${13 + i} nghìn`, `${5 + i}`, `${40 + 10 * i}`],
    })),
  },
  place: 'Vũ Quang',
  signingDate: '2022-01-07',
  issuer: 'CỤM THI ĐUA SỐ 2',
  documentNumber: '01/GƯTĐ-CTĐ2',
  recipients: ['Ban Thi đua - Khen thưởng tỉnh', 'UBND các huyện trong Cụm thi đua số 2', 'Lưu: VT'],
  signatories: MEMBERS.map((m) => ({
    unitName: `Huyện ${m}`,
    title: `Chủ tịch UBND huyện ${m}`,
    personName: CHAIRMEN[m] ?? '(Họ và tên)',
  })),
}

export const VERSION_ID = 'pv_2022_ctd2_v1'

export function signatureOf(member: string, at: string): PledgeSignatureRecord {
  const s = realPledge.signatories.find((x) => x.unitName === `Huyện ${member}`)!
  return { unitName: s.unitName, personName: s.personName, title: s.title, signedAt: new Date(at), ipAddress: '203.113.131.5' }
}

export function renderInput(content: PledgeContent = realPledge, over: Partial<RenderPledgeInput> = {}): RenderPledgeInput {
  const fp = fingerprint(content)
  return {
    content,
    fingerprint: fp,
    code: verificationCode(VERSION_ID, fp),
    versionNumber: 1,
    signatures: [signatureOf('Vũ Quang', '2022-01-07T09:15:00+07:00'), signatureOf('Hương Sơn', '2022-01-07T09:21:00+07:00')],
    status: 'published',
    verifyUrl: 'https://thidua.example.org/xac-minh',
    ...over,
  }
}
