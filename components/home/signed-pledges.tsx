import Link from 'next/link'
import { useTranslations } from 'next-intl'
import { formatMoment } from '@/lib/dates/vn-date'

type Signed = { signedAt: Date; status: string; clusterId: string; clusterName: string; year: number }

// What the chairman's unit has signed, latest first, with whether it is in force yet.
export function SignedPledges({ signed }: { signed: Signed[] }) {
  const t = useTranslations('pledges')
  if (signed.length === 0) return null
  return (
    <div className="mt-4">
      <h3 className="mb-1 text-sm font-semibold">{t('signedByYou')}</h3>
      <ul className="space-y-2" data-testid="signed-pledges">
        {signed.map((p) => (
          <li key={`${p.clusterId}-${p.year}`} className="rounded border border-green-300 bg-green-50 p-3 text-sm">
            <Link href={`/clusters/${p.clusterId}/${p.year}/pledge`} className="font-semibold text-brand-700 underline">
              {t('link', { year: p.year })} — {p.clusterName}
            </Link>
            <p className="mt-1 text-slate-700">
              {t('signedOn', { time: formatMoment(p.signedAt) })} · {t(`statuses.${p.status}`)}
            </p>
          </li>
        ))}
      </ul>
    </div>
  )
}
