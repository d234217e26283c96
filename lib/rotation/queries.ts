import 'server-only'
import { db } from '@/lib/db/client'
import { proposeNextChair } from './propose-next'

// Each year's chair and deputy of a cluster, newest first ("2021 Vũ Quang → 2022 Lộc Hà").
export async function chairHistory(provinceId: string, clusterId: string) {
  const [cluster, terms, handovers, years] = await Promise.all([
    db.cluster.findFirst({ where: { id: clusterId, provinceId }, select: { name: true } }),
    db.chairTerm.findMany({
      where: { clusterId, cluster: { provinceId } },
      select: { year: true, role: true, reason: true, unit: { select: { id: true, name: true } } },
    }),
    db.handover.findMany({
      where: { clusterId, cluster: { provinceId } },
      select: {
        toYear: true,
        confirmedAt: true,
        reason: true,
        meetingId: true,
        confirmedBy: { select: { name: true } },
        meeting: { select: { heldOn: true, place: true } },
      },
    }),
    db.clusterMembership.groupBy({ by: ['year'], where: { clusterId, removedAt: null, cluster: { provinceId } } }),
  ])
  const allYears = [...new Set([...years.map((y) => y.year), ...terms.map((t) => t.year)])].sort((a, b) => b - a)
  return {
    clusterName: cluster?.name ?? '',
    years: allYears.map((year) => ({
      year,
      chair: terms.find((t) => t.year === year && t.role === 'CHAIR')?.unit ?? null,
      deputy: terms.find((t) => t.year === year && t.role === 'DEPUTY')?.unit ?? null,
      handover: handovers.find((h) => h.toYear === year) ?? null,
    })),
  }
}

// What the handover form of a year-end meeting needs: next year's members and the proposal.
export async function handoverOptions(clusterId: string, fromYear: number) {
  const toYear = fromYear + 1
  const [members, terms, handover] = await Promise.all([
    db.clusterMembership.findMany({
      where: { clusterId, year: { in: [fromYear, toYear] }, removedAt: null },
      orderBy: { rotationOrder: { sort: 'asc', nulls: 'last' } },
      select: { year: true, unitId: true, rotationOrder: true, unit: { select: { name: true } } },
    }),
    db.chairTerm.findMany({ where: { clusterId, year: { in: [fromYear, toYear] } }, select: { year: true, role: true, unitId: true } }),
    db.handover.findUnique({ where: { clusterId_toYear: { clusterId, toYear } }, select: { id: true } }),
  ])
  const nextYear = members.filter((m) => m.year === toYear)
  const currentChair = terms.find((t) => t.year === fromYear && t.role === 'CHAIR')?.unitId ?? null
  return {
    toYear,
    handedOver: Boolean(handover) || terms.some((t) => t.year === toYear && t.role === 'CHAIR'),
    currentChairUnitId: currentChair,
    candidates: nextYear.map((m) => ({ id: m.unitId, name: m.unit.name })),
    proposal: proposeNextChair({ thisYear: members.filter((m) => m.year === fromYear), nextYear, currentChairUnitId: currentChair }),
  }
}
