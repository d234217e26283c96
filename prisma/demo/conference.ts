// 7 January 2022, at Vũ Quang: the cluster's year-end conference reviewing 2021, all six members
// present, recorded by Vũ Quang's secretariat.
import fixture from '../fixtures/ha-tinh-cluster-2-2021.json' with { type: 'json' }
import { emailOf, vn, type DemoContext, type Tx } from './context'

export async function recordConference(tx: Tx, { provinceId, clusterId, units, users }: DemoContext) {
  const conference = fixture.campaign.reviewConference
  const recordedBy = users.get(emailOf.vuQuangSecretariat)!
  const meeting = await tx.meeting.create({
    data: {
      clusterId,
      year: 2021,
      kind: 'YEAR_END',
      heldOn: new Date(conference.date),
      place: conference.place,
      hostUnitId: units.get('Vũ Quang')!,
      agenda: conference.agenda,
      decisions: 'Ký kết giao ước thi đua năm 2022. Bàn giao Trưởng Cụm thi đua năm 2022 cho huyện Lộc Hà.',
      minutes:
        'Hội nghị tổng kết phong trào thi đua năm 2021 của Cụm thi đua số 2, tổ chức tại huyện Vũ Quang ngày 07/01/2022. ' +
        'Có mặt đủ 6/6 đơn vị thành viên. Các đơn vị đã thông qua kết quả thực hiện chỉ tiêu năm 2021, ký kết giao ước thi đua năm 2022 ' +
        'và thống nhất bàn giao Trưởng Cụm thi đua năm 2022 cho huyện Lộc Hà.',
      createdById: recordedBy,
      createdAt: vn('2022-01-07T10:45:00'),
      attendance: { createMany: { data: [...units.values()].map((unitId) => ({ unitId, status: 'PRESENT' as const })) } },
    },
  })
  await tx.auditLog.create({
    data: {
      at: vn('2022-01-07T10:45:00'),
      actorId: recordedBy,
      action: 'meeting.record',
      entity: 'Meeting',
      entityId: meeting.id,
      provinceId,
      clusterId,
      year: 2021,
      data: {
        kind: 'YEAR_END',
        heldOn: conference.date,
        place: conference.place,
        attending: units.size,
        members: units.size,
        valid: true,
        file: null,
      },
    },
  })
}
