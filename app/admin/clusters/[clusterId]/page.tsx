import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requirePermission } from '@/lib/auth/guard'
import { clusterYear, clusterYears, listUnits } from '@/lib/admin/queries'
import { findClusterProvince } from '@/lib/clusters/find-cluster'
import { Section, EmptyState } from '@/components/ui/section'
import { MemberTable } from '@/components/clusters/member-table'
import { AddMemberForm } from '@/components/admin/add-member-form'
import { RemoveMemberButton } from '@/components/admin/remove-member-button'
import Link from 'next/link'
import { CarryForwardForm } from '@/components/rotation/carry-forward-form'
import { RotationOrderForm } from '@/components/rotation/rotation-order-form'
import { addMembershipFormAction, carryForwardFormAction, removeMembershipFormAction, rotationOrderFormAction } from '../../actions'

type Props = { params: Promise<{ clusterId: string }>; searchParams: Promise<{ year?: string }> }

export default async function ClusterMembersPage({ params, searchParams }: Props) {
  const [{ clusterId }, query] = await Promise.all([params, searchParams])
  const found = await findClusterProvince(clusterId)
  if (!found) notFound()
  await requirePermission('province.administer', { provinceId: found.provinceId })

  const years = await clusterYears(found.provinceId, clusterId)
  const requested = Number(query.year)
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : (years[0] ?? new Date().getFullYear())
  const [cluster, units, t, kinds, r] = await Promise.all([
    clusterYear(found.provinceId, clusterId, year),
    listUnits(found.provinceId),
    getTranslations('admin'),
    getTranslations('unitKinds'),
    getTranslations('rotation'),
  ])
  if (!cluster) notFound()
  const memberIds = new Set(cluster.memberships.map((m) => m.unit.id))
  const candidates = units.filter((u) => !memberIds.has(u.id)).map((u) => ({ id: u.id, name: u.name, kindLabel: kinds(u.kind) }))

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('membersOf', { cluster: cluster.name })}</h1>
        <Link href={`/clusters/${clusterId}/history`} className="text-sm text-brand-700 underline">
          {t('history')}
        </Link>
      </div>
      <form className="flex flex-wrap items-end gap-2" method="get">
        <label className="text-sm">
          <span className="block text-slate-700">{t('year')}</span>
          <input
            name="year"
            type="number"
            min={2000}
            max={2100}
            defaultValue={year}
            className="mt-1 w-28 rounded border border-slate-300 px-3 py-2"
          />
        </label>
        <button className="rounded border border-slate-300 bg-white px-4 py-2 text-sm" type="submit">
          {t('showYear')}
        </button>
        <span className="text-sm text-slate-600">{years.join(' · ')}</span>
      </form>
      <Section title={`${t('year')} ${year}`}>
        {cluster.memberships.length === 0 ? (
          <EmptyState>{t('noYears')}</EmptyState>
        ) : (
          <MemberTable
            members={cluster.memberships}
            chairUnitId={cluster.chairTerms.find((c) => c.role === 'CHAIR')?.unit.id}
            deputyUnitId={cluster.chairTerms.find((c) => c.role === 'DEPUTY')?.unit.id}
            action={(m) => (
              <RemoveMemberButton action={removeMembershipFormAction} membershipId={m.id} unitName={m.unit.name} year={year} />
            )}
          />
        )}
        <h3 className="mb-2 mt-5 font-semibold">{t('addMember', { year })}</h3>
        <AddMemberForm action={addMembershipFormAction} clusterId={clusterId} year={year} units={candidates} />
      </Section>
      {cluster.memberships.length > 0 && (
        <Section title={r('orderTitle', { year })}>
          <RotationOrderForm action={rotationOrderFormAction} clusterId={clusterId} year={year} members={cluster.memberships} />
        </Section>
      )}
      {cluster.memberships.length > 0 && !years.includes(year + 1) && (
        <Section title={r('carryTitle', { year: year + 1 })}>
          <CarryForwardForm action={carryForwardFormAction} clusterId={clusterId} fromYear={year} />
        </Section>
      )}
    </div>
  )
}
