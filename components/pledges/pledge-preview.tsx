import { useTranslations } from 'next-intl'
import type { PledgeContent } from '@/lib/pledges/document/types'

// The pledge as text on screen, from the same content the PDF prints. Every string is a React
// text node: markup typed into a field shows as markup, never runs.
export function PledgePreview({ content }: { content: PledgeContent }) {
  const t = useTranslations('pledges')
  return (
    <article className="space-y-3 font-serif text-[15px] leading-relaxed text-slate-900" data-testid="pledge-text">
      <header className="text-center">
        <p className="font-bold uppercase">{t('documentType')}</p>
        <p className="font-bold uppercase">{content.title}</p>
        <p className="mt-1 italic">{content.theme}</p>
      </header>
      {content.preamble && <p className="whitespace-pre-line indent-8">{content.preamble}</p>}
      {content.commitments.map((b, i) => {
        if (b.type === 'heading')
          return (
            <h3 key={i} className="font-bold">
              {b.text}
            </h3>
          )
        if (b.type === 'paragraph')
          return (
            <p key={i} className="whitespace-pre-line indent-8">
              {b.text}
            </p>
          )
        const List = b.ordered ? 'ol' : 'ul'
        return (
          <List key={i} className={`${b.ordered ? 'list-decimal' : 'list-disc'} space-y-1 pl-8`}>
            {b.items.map((item, j) => (
              <li key={j} className="whitespace-pre-line">
                {item}
              </li>
            ))}
          </List>
        )
      })}
      {content.targets && (
        <div className="overflow-x-auto">
          <p className="font-bold">{t('targets')}</p>
          <table className="mt-1 w-full border-collapse text-sm">
            <thead>
              <tr>
                <th className="border border-slate-400 px-2 py-1">{t('unit')}</th>
                {content.targets.columns.map((c, i) => (
                  <th key={i} className="border border-slate-400 px-2 py-1">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {content.targets.rows.map((r, i) => (
                <tr key={i}>
                  <td className="border border-slate-400 px-2 py-1">{r.unitName}</td>
                  {r.values.map((v, j) => (
                    <td key={j} className="border border-slate-400 px-2 py-1 text-right tabular-nums">
                      {v}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-right italic">
        {content.place}, {content.signingDate.split('-').reverse().join('/')}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {content.signatories.map((s) => (
          <div key={s.unitName} className="text-center">
            <p className="text-sm font-bold">{s.title}</p>
            <p className="mt-6 font-bold">{s.personName}</p>
          </div>
        ))}
      </div>
    </article>
  )
}
