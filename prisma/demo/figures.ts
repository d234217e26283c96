// December 2021: the real case's indicators (prisma/fixtures/ha-tinh-cluster-2-2021.json) for 2021
// and 2022, and the 2021 results as the members entered them, with plan and last-year values chosen
// (lib/indicators/calc/real-case.ts) so that the app computes exactly the reported percentages:
// Lộc Hà's grain output 19.000 tấn — 108,1% kế hoạch — 107,7% so với cùng kỳ.
import type { Prisma } from '../../lib/db/generated/client'
import { realCaseBases } from '../../lib/indicators/calc/real-case'
import fixture from '../fixtures/ha-tinh-cluster-2-2021.json' with { type: 'json' }
import { emailOf, type DemoContext, type Tx } from './context'

const details: Record<string, Omit<Prisma.IndicatorCreateManyInput, 'provinceId' | 'year' | 'code' | 'nameVi' | 'unit'>> = {
  GTSX: { nameEn: 'Production value of the economic sectors', kind: 'AMOUNT', decimals: 2, groupName: 'Kinh tế', periods: ['H1', 'YEAR'] },
  GTSX_CN: { nameEn: 'Industrial production value', kind: 'AMOUNT', decimals: 2, groupName: 'Kinh tế', periods: ['H1', 'YEAR'] },
  SL_LT: { nameEn: 'Cereal grain output', kind: 'AMOUNT', decimals: 0, groupName: 'Kinh tế', periods: ['YEAR'] },
  HUYEN_NTM: {
    nameEn: 'District meets the new rural standard',
    kind: 'BOOLEAN',
    decimals: 0,
    groupName: 'Nông thôn mới',
    periods: ['YEAR'],
  },
  KDC_NTM_KM: {
    nameEn: 'Model new-rural residential areas',
    kind: 'COUNT',
    decimals: 0,
    groupName: 'Nông thôn mới',
    periods: ['H1', 'YEAR'],
  },
  VUON_MAU: {
    nameEn: 'Provincial-standard model gardens (new this year)',
    kind: 'COUNT',
    decimals: 0,
    groupName: 'Nông thôn mới',
    periods: ['H1', 'YEAR'],
  },
}
const qualifierOf = { nearly: 'NEARLY', over: 'OVER', exact: 'EXACT' } as const
// The fixture's notes are in English; the demo shows them as the cluster wrote them.
const noteVi: Record<string, string> = {
  'recognised by the Government as an NTM-standard district': 'Được Chính phủ công nhận huyện đạt chuẩn nông thôn mới',
  'added in the year': 'Tăng thêm trong năm',
}

export async function seedFigures2021(tx: Tx, { provinceId, units, users, indicators: ids }: DemoContext) {
  const actorId = users.get(emailOf.vuQuangSecretariat)!
  for (const year of [2021, 2022]) {
    for (const [position, i] of fixture.indicators.entries()) {
      const indicator = await tx.indicator.create({
        data: {
          provinceId,
          year,
          code: i.code,
          nameVi: i.name,
          unit: i.unit,
          position,
          direction: i.higherIsBetter ? 'HIGHER_IS_BETTER' : 'LOWER_IS_BETTER',
          ...details[i.code],
        },
      })
      ids.set(`${year}:${i.code}`, indicator.id)
    }
  }
  for (const r of fixture.reported2021) {
    const base = realCaseBases.find((b) => b.member === r.member && b.indicator === r.indicator)
    await tx.indicatorResult.create({
      data: {
        indicatorId: ids.get(`2021:${r.indicator}`)!,
        unitId: units.get(r.member)!,
        period: 'YEAR',
        actual: r.actual,
        qualifier: qualifierOf[r.qualifier as keyof typeof qualifierOf],
        note: r.note ? (noteVi[r.note] ?? r.note) : null,
        previousActual: base?.previous ?? null,
        updatedById: actorId,
      },
    })
    if (base?.plan) {
      await tx.indicatorTarget.create({
        data: {
          indicatorId: ids.get(`2021:${r.indicator}`)!,
          unitId: units.get(r.member)!,
          source: 'Tỉnh giao',
          value: base.plan,
          updatedById: actorId,
        },
      })
    }
  }
}
