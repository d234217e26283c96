import Link from 'next/link'
import { forbidden } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requirePermission, requirePrincipal } from '@/lib/auth/guard'
import { boardProvinceId } from '@/lib/admin/board-province'
import { listClusters, listUnits } from '@/lib/admin/queries'
import { Section, EmptyState } from '@/components/ui/section'
import { CreateClusterForm } from '@/components/admin/create-cluster-form'
import { CreateUnitForm } from '@/components/admin/create-unit-form'
import { SuccessionForm } from '@/components/admin/succession-form'
import { createClusterFormAction, createUnitFormAction, successionFormAction } from './actions'
import { formatDay } from '@/lib/dates/vn-date'

export default async function AdminPage() {
  const provinceId = boardProvinceId(await requirePrincipal())
  if (!provinceId) forbidden()
  await requirePermission('province.administer', { provinceId })
  const ind = await getTranslations('indicators')
  const [clusters, units, t, kinds] = await Promise.all([
    listClusters(provinceId),
    listUnits(provinceId),
    getTranslations('admin'),
    getTranslations('unitKinds'),
  ])
  const date = (d: Date | null) => (d ? formatDay(d) : '…')

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold">{t('title')}</h1>
          <p className="text-sm text-slate-600">{t('intro')}</p>
        </div>
        <Link href="/admin/indicators" className="text-sm text-brand-700 underline">
          {ind('catalogue.link')}
        </Link>
      </div>
      <Section title={t('clusters')}>
        {clusters.length === 0 ? (
          <EmptyState>{t('noClusters')}</EmptyState>
        ) : (
          <ul className="mb-4 divide-y divide-slate-100" data-testid="admin-clusters">
            {clusters.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="font-medium">{c.name}</span>
                <span className="text-sm text-slate-600">{c.years.length ? c.years.map((y) => y.year).join(', ') : t('noYears')}</span>
                <Link href={`/admin/clusters/${c.id}`} className="text-sm text-brand-700 underline">
                  {t('manageMembers')}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <h3 className="mb-2 mt-4 font-semibold">{t('newCluster')}</h3>
        <CreateClusterForm action={createClusterFormAction} provinceId={provinceId} />
      </Section>
      <Section title={t('units')}>
        {units.length === 0 ? (
          <EmptyState>{t('noUnits')}</EmptyState>
        ) : (
          <div className="mb-4 max-h-96 overflow-auto">
            <table className="w-full text-left text-sm" data-testid="admin-units">
              <thead className="sticky top-0 bg-white text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('unitName')}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('unitKind')}
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    {t('validity')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {units.map((u) => (
                  <tr key={u.id}>
                    <td className="py-2 pr-3">{u.name}</td>
                    <td className="py-2 pr-3">{kinds(u.kind)}</td>
                    <td className="py-2 tabular-nums">
                      {u.validFrom || u.validTo ? `${date(u.validFrom)} – ${date(u.validTo)}` : t('validityOpen')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3 className="mb-2 mt-4 font-semibold">{t('newUnit')}</h3>
        <CreateUnitForm action={createUnitFormAction} provinceId={provinceId} />
      </Section>
      <Section title={t('successionTitle')}>
        <SuccessionForm action={successionFormAction} units={units.map((u) => ({ id: u.id, label: `${u.name} (${kinds(u.kind)})` }))} />
      </Section>
    </div>
  )
}
