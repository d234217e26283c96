import { useTranslations } from 'next-intl'
import { formatMoment } from '@/lib/dates/vn-date'

type Row = { unitId: string; unitName: string; signature?: { signerName: string; signedAt: Date }; decline?: { reason: string } }

// Who has signed, when, and who has not: the secretariat's view of a published pledge.
export function ProgressBoard({ rows }: { rows: Row[] }) {
  const t = useTranslations('pledges')
  const signed = rows.filter((r) => r.signature).length
  return (
    <div>
      <p className="mb-2 font-medium" data-testid="pledge-progress">
        {t('progress', { signed, total: rows.length })}
      </p>
      <div className="h-2 w-full overflow-hidden rounded bg-slate-200" aria-hidden="true">
        <div className="h-2 bg-green-600" style={{ width: `${rows.length ? (100 * signed) / rows.length : 0}%` }} />
      </div>
      <table className="mt-3 w-full text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {t('unit')}
            </th>
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {t('signer')}
            </th>
            <th scope="col" className="py-1.5 font-medium">
              {t('state')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.unitId}>
              <td className="py-1.5 pr-3">{r.unitName}</td>
              <td className="py-1.5 pr-3">{r.signature?.signerName ?? '—'}</td>
              <td className={`py-1.5 ${r.signature ? 'text-green-800' : r.decline ? 'text-red-700' : 'text-slate-600'}`}>
                {r.signature
                  ? t('signedAt', { time: formatMoment(r.signature.signedAt) })
                  : r.decline
                    ? t('declined', { reason: r.decline.reason })
                    : t('notSigned')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
