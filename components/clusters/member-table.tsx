import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'

type Member = { id: string; rotationOrder: number | null; unit: { id: string; name: string; kind: string } }

export function MemberTable({
  members,
  chairUnitId,
  deputyUnitId,
  action,
}: {
  members: Member[]
  chairUnitId?: string
  deputyUnitId?: string
  action?: (member: Member) => ReactNode
}) {
  const t = useTranslations('cluster')
  const kinds = useTranslations('unitKinds')
  const chair = useTranslations('chairRoles')
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="member-table">
        <thead className="border-b border-slate-200 text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('rotation')}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('unit')}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('kind')}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              <span className="sr-only">{t('chair')}</span>
            </th>
            {action && (
              <th scope="col" className="py-2">
                <span className="sr-only">—</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((m) => (
            <tr key={m.id}>
              <td className="py-2 pr-3 tabular-nums">{m.rotationOrder ?? '—'}</td>
              <td className="py-2 pr-3 font-medium">{m.unit.name}</td>
              <td className="py-2 pr-3">{kinds(m.unit.kind)}</td>
              <td className="py-2 pr-3">
                {m.unit.id === chairUnitId && <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-700">{chair('CHAIR')}</span>}
                {m.unit.id === deputyUnitId && <span className="rounded bg-slate-100 px-2 py-0.5">{chair('DEPUTY')}</span>}
              </td>
              {action && <td className="py-2 text-right">{action(m)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
