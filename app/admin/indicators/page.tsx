import { forbidden } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { requirePermission, requirePrincipal } from '@/lib/auth/guard'
import { boardProvinceId } from '@/lib/admin/board-province'
import { indicatorYears, listIndicators } from '@/lib/indicators/catalogue'
import { Section, EmptyState } from '@/components/ui/section'
import { CopyListForm, CreateIndicatorForm } from '@/components/indicators/indicator-forms'
import { copyListFormAction, createIndicatorFormAction } from '../actions'

export default async function IndicatorCataloguePage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const provinceId = boardProvinceId(await requirePrincipal())
  if (!provinceId) forbidden()
  await requirePermission('province.administer', { provinceId })
  const years = await indicatorYears(provinceId)
  const asked = Number((await searchParams).year)
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : (years[0] ?? new Date().getFullYear())
  const [list, t, locale] = await Promise.all([listIndicators(provinceId, year), getTranslations('indicators.catalogue'), getLocale()])
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('title', { year })}</h1>
      <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
        <label>
          {t('year')}
          <input
            name="year"
            type="number"
            min={2000}
            max={2100}
            defaultValue={year}
            className="ml-2 w-28 rounded border border-slate-300 px-2 py-1.5"
          />
        </label>
        <button className="rounded border border-slate-300 bg-white px-3 py-1.5" type="submit">
          {t('show')}
        </button>
        <span className="text-slate-600">{years.join(' · ')}</span>
      </form>
      <Section title={t('list')}>
        {list.length === 0 ? (
          <div className="space-y-3">
            <EmptyState>{t('empty', { year })}</EmptyState>
            <CopyListForm action={copyListFormAction} provinceId={provinceId} year={year} />
          </div>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="indicator-list">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-1.5 pr-3">{t('code')}</th>
                  <th className="py-1.5 pr-3">{t('name')}</th>
                  <th className="py-1.5 pr-3">{t('unit')}</th>
                  <th className="py-1.5 pr-3">{t('kind')}</th>
                  <th className="py-1.5 pr-3">{t('group')}</th>
                  <th className="py-1.5">{t('periods')}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {list.map((i) => (
                  <tr key={i.id}>
                    <td className="py-1.5 pr-3 font-mono">{i.code}</td>
                    <td className="py-1.5 pr-3">
                      {locale === 'en' ? i.nameEn : i.nameVi}
                      {i.direction === 'LOWER_IS_BETTER' && ` (${t('lower')})`}
                      {i.reduction && ` · ${t('reduction')}`}
                    </td>
                    <td className="py-1.5 pr-3">{i.unit}</td>
                    <td className="py-1.5 pr-3">{t(`kinds.${i.kind}`)}</td>
                    <td className="py-1.5 pr-3">{i.groupName}</td>
                    <td className="py-1.5">{i.periods.map((p) => t(p === 'H1' ? 'periodH1' : 'periodYear')).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section title={t('new')}>
        <CreateIndicatorForm action={createIndicatorFormAction} provinceId={provinceId} year={year} />
      </Section>
    </div>
  )
}
