// 7 January 2022, at the conference: the 2022 pledge, drafted by Vũ Quang's secretariat (the
// outgoing chair prepares next year's pledge), published on 5 January and signed by the six
// chairmen that morning — the last signature put it in force. The sources give the date, the place
// and the signers; the wording below is illustrative.
// The version's id is fixed, so its verification code is the same in every demo database
// (README, "Try it"): the code is derived from the id and the text's fingerprint.
import type { Prisma } from '../../lib/db/generated/client'
import { fingerprint, normalizeContent } from '../../lib/pledges/document/canonical'
import { pledgeContentSchema } from '../../lib/pledges/document/types'
import { verificationCode } from '../../lib/pledges/document/verification-code'
import { parseCommitments } from '../../lib/pledges/draft-text'
import { signatoryOf } from '../../lib/pledges/signatory'
import fixture from '../fixtures/ha-tinh-cluster-2-2021.json' with { type: 'json' }
import { chairmanEmail, demoAccounts } from './accounts'
import { emailOf, vn, type DemoContext, type Tx } from './context'
import { rotation } from './foundation'

export const DEMO_PLEDGE_VERSION_ID = 'demo-ha-tinh-cum-2-giao-uoc-2022-v1'

const commitments = `# I. MỤC TIÊU
Đẩy mạnh phong trào thi đua yêu nước trong cán bộ, công chức, viên chức và Nhân dân; phấn đấu hoàn thành và hoàn thành vượt mức các chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2022 mà tỉnh và huyện đã giao.

# II. NỘI DUNG GIAO ƯỚC
1. Thi đua phát triển kinh tế: tăng giá trị sản xuất các ngành kinh tế và giá trị sản xuất công nghiệp so với năm 2021; giữ vững sản lượng lương thực.
2. Thi đua xây dựng nông thôn mới nâng cao, kiểu mẫu; có thêm thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu và vườn mẫu đạt chuẩn cấp tỉnh.
3. Thi đua bảo đảm an sinh xã hội, giảm nghèo bền vững; phòng, chống dịch Covid-19 hiệu quả.
4. Thi đua cải cách hành chính, chuyển đổi số; giữ vững quốc phòng, an ninh, trật tự an toàn xã hội.

# III. TỔ CHỨC THỰC HIỆN
- Các đơn vị thành viên cụ thể hóa nội dung giao ước thành kế hoạch của đơn vị và phát động thi đua đến cơ sở.
- Trưởng Cụm thi đua năm 2022 theo dõi, tổng hợp kết quả, tổ chức sơ kết 6 tháng và tổng kết năm.`

export function demoPledgeContent() {
  const signatories = rotation.map((unit) => {
    const head = demoAccounts.find((a) => a.role === 'MEMBER_HEAD' && a.unit === unit)!
    return signatoryOf({ name: unit, kind: 'DISTRICT' }, head)
  })
  return normalizeContent(
    pledgeContentSchema.parse({
      clusterName: fixture.cluster.name,
      year: 2022,
      title: 'Thực hiện phong trào thi đua năm 2022',
      theme: fixture.campaign.theme,
      preamble:
        'Thực hiện phong trào thi đua năm 2022 do Ủy ban nhân dân tỉnh Hà Tĩnh phát động, tại Hội nghị tổng kết phong trào thi đua năm 2021 ' +
        'của Cụm thi đua số 2, các đơn vị thành viên thống nhất ký kết giao ước thi đua năm 2022 với các nội dung sau:',
      commitments: parseCommitments(commitments), // as the draft form reads what the secretariat types
      targets: null,
      place: fixture.campaign.reviewConference.place,
      signingDate: fixture.campaign.reviewConference.date,
      issuer: 'UBND TỈNH HÀ TĨNH\nCỤM THI ĐUA SỐ 2',
      recipients: ['Ban Thi đua - Khen thưởng tỉnh', 'Các đơn vị thành viên', 'Lưu: VT'],
      signatories,
    }),
  )
}

export async function signPledge2022(tx: Tx, { provinceId, clusterId, units, users }: DemoContext) {
  const content = demoPledgeContent()
  const print = fingerprint(content)
  const code = verificationCode(DEMO_PLEDGE_VERSION_ID, print)
  const drafter = users.get(emailOf.vuQuangSecretariat)!
  const publishedAt = vn('2022-01-05T15:00:00')
  const signedAt = (i: number) => vn(`2022-01-07T09:${String(5 + 4 * i).padStart(2, '0')}:00`)
  const inForceAt = signedAt(rotation.length - 1)
  const pledge = await tx.pledge.create({ data: { clusterId, year: 2022, createdById: drafter, createdAt: vn('2021-12-28T08:30:00') } })
  await tx.pledgeVersion.create({
    data: {
      id: DEMO_PLEDGE_VERSION_ID,
      pledgeId: pledge.id,
      number: 1,
      status: 'IN_FORCE',
      content: content as unknown as Prisma.InputJsonValue,
      signatoryUnitIds: rotation.map((u) => units.get(u)!),
      fingerprint: print,
      verificationCode: code,
      publishedAt,
      publishedById: drafter,
      inForceAt,
      createdAt: vn('2021-12-28T08:30:00'),
    },
  })
  // Signed on paper at the conference, recorded here as online signatures: no network address.
  const userAgent = 'Hội nghị ngày 07/01/2022 (dữ liệu minh họa)'
  for (const [i, unit] of rotation.entries()) {
    const head = demoAccounts.find((a) => a.email === chairmanEmail(unit))!
    await tx.pledgeSignature.create({
      data: {
        versionId: DEMO_PLEDGE_VERSION_ID,
        unitId: units.get(unit)!,
        signerId: users.get(head.email)!,
        signerName: head.name,
        signerTitle: head.title,
        unitName: content.signatories[i].unitName,
        fingerprint: print,
        signedAt: signedAt(i),
        ip: '',
        userAgent,
      },
    })
  }
  const trail = { entity: 'Pledge', entityId: pledge.id, provinceId, clusterId, year: 2022 }
  await tx.auditLog.createMany({
    data: [
      { ...trail, at: vn('2021-12-28T08:30:00'), actorId: drafter, action: 'pledge.created', data: { version: 1 } },
      { ...trail, at: publishedAt, actorId: drafter, action: 'pledge.published', data: { version: 1, fingerprint: print, code } },
      ...rotation.map((unit, i) => ({
        ...trail,
        at: signedAt(i),
        actorId: users.get(chairmanEmail(unit))!,
        unitId: units.get(unit)!,
        action: 'pledge.signed',
        data: { version: 1, fingerprint: print, userAgent },
      })),
      {
        ...trail,
        at: inForceAt,
        actorId: users.get(chairmanEmail(rotation.at(-1)!))!,
        action: 'pledge.inForce',
        data: { version: 1, signatures: 6 },
      },
    ],
  })
  const members = demoAccounts.filter((a) => a.unit).map((a) => users.get(a.email)!)
  await tx.notification.createMany({
    data: members.map((userId) => ({
      userId,
      kind: 'pledgeInForce',
      params: { year: 2022 },
      link: `/clusters/${clusterId}/2022/pledge`,
      createdAt: inForceAt,
    })),
  })
}
