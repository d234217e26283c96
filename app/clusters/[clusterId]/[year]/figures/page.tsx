import { notFound } from 'next/navigation'
import { can } from '@/lib/auth/permissions'
import { requireClusterYear } from '@/lib/clusters/cluster-year-access'
import { loadFigures } from '@/lib/indicators/load-grid'
import { FiguresView, largeCluster } from '@/components/indicators/figures-view'
import { reviewAction, saveGridAction } from './actions'

type Props = { params: Promise<{ clusterId: string; year: string }>; searchParams: Promise<{ period?: string; unit?: string }> }

export default async function FiguresPage({ params, searchParams }: Props) {
  const [{ clusterId, year: yearText }, query] = await Promise.all([params, searchParams])
  const { year, scope, principal, canManage } = await requireClusterYear(clusterId, yearText)
  const period = query.period === 'H1' ? 'H1' : 'YEAR'
  const { clusterName, progress, grid, onlyUnitId } = await loadFigures(scope.provinceId, clusterId, year, period, {
    allUpTo: largeCluster,
    unitId: query.unit,
  })
  if (clusterName === null) notFound()
  const mayEnter = grid.members.map((m) => m.id).filter((unitId) => can(principal, 'unit.enterFigures', { ...scope, unitId }))
  return (
    <FiguresView
      clusterId={clusterId}
      clusterName={clusterName}
      year={year}
      period={period}
      progress={progress}
      grid={grid}
      mayEnter={mayEnter}
      canManage={canManage}
      onlyUnitId={onlyUnitId}
      saveAction={saveGridAction}
      reviewAction={reviewAction}
    />
  )
}
