// 7 January 2022, at the end of the conference: Vũ Quang hands the chair of 2022 to Lộc Hà, whose
// staff become the 2022 secretariat. The sources name no deputy chair for 2022, so none is recorded.
import { emailOf, vn, type DemoContext, type Tx } from './context'

export async function handOverChair(tx: Tx, { provinceId, clusterId, units, users }: DemoContext) {
  const meeting = await tx.meeting.findFirstOrThrow({ where: { clusterId, year: 2021, kind: 'YEAR_END' }, select: { id: true } })
  const outgoing = users.get(emailOf.vuQuangSecretariat)!
  const locHa = units.get('Lộc Hà')!
  const confirmedAt = vn('2022-01-07T11:00:00')
  const handover = await tx.handover.create({
    data: {
      clusterId,
      fromYear: 2021,
      toYear: 2022,
      meetingId: meeting.id,
      chairUnitId: locHa,
      proposedChairUnitId: locHa,
      proposedDeputyUnitId: units.get('Hương Sơn')!,
      reason: 'Tài liệu gốc không nêu Phó cụm năm 2022.',
      confirmedById: outgoing,
      confirmedAt,
    },
  })
  await tx.chairTerm.create({
    data: { clusterId, year: 2022, role: 'CHAIR', unitId: locHa, createdById: outgoing, createdAt: confirmedAt },
  })
  const staff = users.get(emailOf.locHaSecretariat)!
  await tx.roleAssignment.create({
    data: {
      userId: staff,
      provinceId,
      role: 'SECRETARIAT',
      clusterId,
      unitId: locHa,
      year: 2022,
      grantedById: outgoing,
      createdAt: confirmedAt,
    },
  })
  await tx.notification.createMany({
    data: [staff, users.get('chutich.locha@hatinh.test')!].map((userId) => ({
      userId,
      kind: 'chairAssigned',
      params: { unit: 'Lộc Hà', cluster: 'Cụm thi đua số 2', year: 2022 },
      link: `/clusters/${clusterId}/2022`,
      createdAt: confirmedAt,
    })),
  })
  await tx.auditLog.create({
    data: {
      at: confirmedAt,
      actorId: outgoing,
      action: 'handover.confirm',
      entity: 'Handover',
      entityId: handover.id,
      provinceId,
      clusterId,
      year: 2022,
      data: {
        fromYear: 2021,
        toYear: 2022,
        meetingId: meeting.id,
        chair: locHa,
        deputy: null,
        reason: handover.reason,
        secretariatGranted: 1,
      },
    },
  })
}
