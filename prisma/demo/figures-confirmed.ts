// Late December 2021: every member submitted its 2021 figures (its chairman did) and Vũ Quang's
// secretariat confirmed them, which locks them. The year-end conference reviews confirmed figures.
import { chairmanEmail } from './accounts'
import { rotation } from './foundation'
import { emailOf, vn, type DemoContext, type Tx } from './context'

export async function confirmFigures2021(tx: Tx, { provinceId, clusterId, units, users }: DemoContext) {
  const secretariat = users.get(emailOf.vuQuangSecretariat)!
  for (const [i, name] of rotation.entries()) {
    const unitId = units.get(name)!
    const submittedAt = vn(`2021-12-${20 + i}T09:00:00`)
    const confirmedAt = vn(`2021-12-${27 + Math.floor(i / 3)}T14:${String(10 * (i % 3)).padStart(2, '0')}:00`)
    await tx.figureReview.create({
      data: { clusterId, unitId, year: 2021, period: 'YEAR', status: 'CONFIRMED', updatedById: secretariat, updatedAt: confirmedAt },
    })
    const entityId = `${clusterId}:${unitId}:2021:YEAR`
    const base = { entity: 'FigureReview', entityId, provinceId, clusterId, unitId, year: 2021 }
    await tx.auditLog.createMany({
      data: [
        {
          ...base,
          at: submittedAt,
          actorId: users.get(chairmanEmail(name))!,
          action: 'figures.submit',
          data: { from: 'DRAFT', to: 'SUBMITTED', comment: null },
        },
        {
          ...base,
          at: confirmedAt,
          actorId: secretariat,
          action: 'figures.confirm',
          data: { from: 'SUBMITTED', to: 'CONFIRMED', comment: null },
        },
      ],
    })
  }
}
