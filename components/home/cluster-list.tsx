import Link from 'next/link'
import { useTranslations } from 'next-intl'
import { EmptyState } from '@/components/ui/section'

import type { ClusterYearProgress } from '@/lib/indicators/province-progress'

type Cluster = {
  id: string
  name: string
  description: string | null
  years: { year: number; members: number; progress?: ClusterYearProgress | null }[]
}

export function ClusterList({ clusters, empty }: { clusters: Cluster[]; empty: string }) {
  const t = useTranslations('home')
  if (clusters.length === 0) return <EmptyState>{empty}</EmptyState>
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {clusters.map((c) => (
        <li key={c.id} className="rounded border border-slate-200 p-3">
          <p className="font-medium">{c.name}</p>
          {c.description && <p className="text-sm text-slate-600">{c.description}</p>}
          <ul className="mt-2 flex flex-wrap gap-2 text-sm">
            {c.years.map((y) => (
              <li key={y.year}>
                <Link href={`/clusters/${c.id}/${y.year}`} className="inline-block rounded bg-slate-100 px-2 py-1 hover:bg-slate-200">
                  {y.year} · {t('members', { count: y.members })}
                </Link>
                {y.progress && y.progress.total > 0 && (
                  <Link
                    href={`/clusters/${c.id}/${y.year}/figures`}
                    className="ml-1 inline-block rounded px-2 py-1 text-xs text-slate-600 hover:bg-slate-100"
                    data-testid="cluster-progress"
                  >
                    {t('progress', {
                      filled: y.progress.filled,
                      total: y.progress.total,
                      submitted: y.progress.submitted,
                      confirmed: y.progress.confirmed,
                    })}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}
