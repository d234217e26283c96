import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { requirePrincipal } from '@/lib/auth/guard'
import { loadHome } from '@/lib/home/load-home'
import { upcomingDeadlines } from '@/lib/home/deadlines'
import { Section, EmptyState } from '@/components/ui/section'
import { ClusterList } from '@/components/home/cluster-list'
import { DeadlineList } from '@/components/home/deadline-list'
import { SignedPledges } from '@/components/home/signed-pledges'

export default async function HomePage() {
  const principal = await requirePrincipal()
  const [home, t, roles, chair, pledges] = await Promise.all([
    loadHome(principal),
    getTranslations('home'),
    getTranslations('roles'),
    getTranslations('chairRoles'),
    getTranslations('pledges'),
  ])
  const today = new Date()
  const roleNames = [...new Set(principal.assignments.map((a) => a.role))]

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold" data-testid="home-greeting">
          {t('greeting', { name: principal.name })}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {t('yourRoles')}: <span data-testid="home-roles">{roleNames.map((r) => roles(r)).join(', ')}</span>
        </p>
      </div>

      {roleNames.length === 0 && <EmptyState>{t('noRoles')}</EmptyState>}

      {home.board.map((b) => (
        <Section key={b.province.id} title={t('boardTitle', { province: b.province.name })}>
          <ClusterList clusters={b.clusters} empty={t('boardEmpty')} />
        </Section>
      ))}

      {home.secretariat.map((s) => (
        <Section
          key={`${s.cluster.id}-${s.year}`}
          title={<span data-testid="secretariat-title">{t('secretariatTitle', { cluster: s.cluster.name, year: s.year })}</span>}
          actions={
            <Link className="text-sm text-brand-700 underline" href={`/clusters/${s.cluster.id}/${s.year}`}>
              {t('openClusterYear', { year: s.year })}
            </Link>
          }
        >
          <div className="grid gap-4 md:grid-cols-2">
            <div className="space-y-2 text-sm">
              <p>
                <span className="text-slate-500">{chair('CHAIR')}:</span> {s.chair ?? '—'} ·{' '}
                <span className="text-slate-500">{chair('DEPUTY')}:</span> {s.deputy ?? '—'}
              </p>
              <p className="text-slate-700">{s.members.join(' · ')}</p>
              {s.campaign ? (
                <p>
                  <span className="text-slate-500">{t('theme')}:</span> <q>{s.campaign.theme}</q>
                </p>
              ) : (
                <p className="text-slate-600">{t('noCampaign', { year: s.year })}</p>
              )}
            </div>
            <div>
              <h3 className="mb-1 text-sm font-semibold">{t('whatIsDue')}</h3>
              <DeadlineList year={s.year} deadlines={s.campaign ? upcomingDeadlines(s.campaign, today) : []} />
              <Link href={`/clusters/${s.cluster.id}/${s.year}/pledge`} className="mt-2 inline-block text-sm text-brand-700 underline">
                {pledges('link', { year: s.year })}
              </Link>
            </div>
          </div>
        </Section>
      ))}

      {home.units.map((u) => (
        <Section
          key={`${u.unit.id}-${u.role}`}
          title={
            <span data-testid="unit-title">{t(u.role === 'MEMBER_HEAD' ? 'chairmanTitle' : 'staffTitle', { unit: u.unit.name })}</span>
          }
        >
          <div className="grid gap-4 md:grid-cols-2">
            <div>
              {u.memberships.length === 0 ? (
                <p className="text-sm text-slate-600">{t('noMembership')}</p>
              ) : (
                <ul className="space-y-1 text-sm">
                  {u.memberships.map((m) => (
                    <li key={m.year}>
                      <Link className="text-brand-700 underline" href={`/clusters/${m.cluster.id}/${m.year}`}>
                        {t('memberOf', { cluster: m.cluster.name, year: m.year })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            {u.role === 'MEMBER_HEAD' && (
              <div>
                <h3 className="mb-1 text-sm font-semibold">{t('awaitingSignature')}</h3>
                {u.toSign.length === 0 ? (
                  <EmptyState>{t('nothingToSign')}</EmptyState>
                ) : (
                  <ul className="space-y-2" data-testid="awaiting-signature">
                    {u.toSign.map((p) => (
                      <li key={p.versionId} className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
                        <p>{pledges('awaiting', { title: p.title, cluster: p.clusterName, year: p.year })}</p>
                        <Link
                          href={`/clusters/${p.clusterId}/${p.year}/pledge/sign`}
                          className="mt-1 inline-block font-semibold text-brand-700 underline"
                        >
                          {pledges('signNow')}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
                <SignedPledges signed={u.signed} />
              </div>
            )}
          </div>
        </Section>
      ))}
    </div>
  )
}
