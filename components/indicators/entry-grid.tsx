'use client'
import { useActionState, useMemo, useState } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import type { FormState } from '@/lib/auth/guarded-action'
import type { Grid } from '@/lib/indicators/load-grid'
import type { Conflict } from '@/lib/indicators/save-grid'
import { growth, percentOfPrevious, percentOfTarget } from '@/lib/indicators/calc/compare'
import { formatGrowth, formatPercent, formatVnNumber, parseVnNumber } from '@/lib/indicators/calc/vn-number'
import { qualifiers } from '@/lib/indicators/schemas'
import { SubmitButton } from '@/components/ui/submit-button'
import { cellKey, move, parseBlock, type Field } from './grid-keys'

type Props = {
  grid: Grid
  editableUnitIds: string[]
  clusterId: string
  year: number
  period: 'H1' | 'YEAR'
  action: (state: FormState, form: FormData) => Promise<FormState>
}

// 19.000,00 → 19.000 and 7.799,50 → 7.799,5: what the clerk would type.
const trimZeros = (text: string) => (text.includes(',') ? text.replace(/0+$/, '').replace(/,$/, '') : text)

const input =
  'w-24 rounded border border-slate-300 px-1.5 py-1 text-right tabular-nums focus:border-brand-600 data-[dirty=true]:bg-amber-100 aria-invalid:border-red-600 aria-invalid:bg-red-50'

// The secretariat's spreadsheet: members × indicators, typed the Vietnamese way (1.234,5) or plain,
// arrow keys / Enter / Tab to move, a block pasted from Excel fills right and down, comparisons
// recomputed as you type, unsaved cells marked, one save for everything.
export function EntryGrid({ grid, editableUnitIds, clusterId, year, period, action }: Props) {
  const t = useTranslations('indicators')
  const locale = useLocale()
  const [edits, setEdits] = useState<Record<string, string>>({})
  // A new source of targets (the district council's plan …) is a column added here; it exists in
  // the database once a target is saved under it.
  const [added, setAdded] = useState<string[]>([])
  const [newSource, setNewSource] = useState('')
  const sources = [...grid.sources, ...added.filter((a) => !grid.sources.includes(a))]
  const [state, formAction] = useActionState(
    async (prev: FormState, form: FormData) => {
      const next = await action(prev, form)
      if (next.ok) setEdits({})
      return next
    },
    { ok: false },
  )
  const rule = useMemo(() => new Map(grid.indicators.map((i) => [i.id, { ...i, min: i.minValue, max: i.maxValue }])), [grid.indicators])
  const rows = grid.cells
  const cols: { field: Field; source?: string }[] = [
    ...sources.map((source) => ({ field: 'target' as const, source })),
    { field: 'actual' },
    { field: 'previous' },
    { field: 'note' },
  ]
  const conflicts = (state.data as Conflict[] | undefined) ?? []

  const original = (c: (typeof rows)[number], field: Field, source?: string) => {
    const decimals = rule.get(c.indicatorId)!.decimals
    const n =
      field === 'target' ? (c.targets[source!]?.value ?? null) : field === 'actual' ? c.actual : field === 'previous' ? c.previous : null
    if (field === 'note') return c.note
    return n === null || n === undefined ? '' : trimZeros(formatVnNumber(n, Math.max(decimals, 2)))
  }
  const valueOf = (c: (typeof rows)[number], field: Field, source?: string) =>
    edits[cellKey(c.unitId, c.indicatorId, field, source)] ?? original(c, field, source)
  const numberOf = (text: string) => {
    const p = parseVnNumber(text)
    return p.ok ? p.value : null
  }
  const focus = (r: number, col: number) => document.querySelector<HTMLInputElement>(`[data-cell="${r}:${col}"]`)?.focus()

  const changes = Object.entries(edits).map(([key, text]) => {
    const [, unitId, indicatorId, field, source] = key.split(':')
    const cell = grid.cells.find((c) => c.unitId === unitId && c.indicatorId === indicatorId)!
    const expectedVersion = field === 'target' ? (cell.targets[source]?.version ?? 0) : cell.version
    return { unitId, indicatorId, field, source, text, expectedVersion }
  })

  function paste(event: React.ClipboardEvent<HTMLInputElement>, r: number, col: number) {
    const text = event.clipboardData.getData('text/plain')
    if (!/[\t\n]/.test(text)) return
    event.preventDefault()
    const next = { ...edits }
    parseBlock(text).forEach((line, i) =>
      line.forEach((value, j) => {
        const c = rows[r + i]
        const target = cols[col + j]
        if (!c || !target || !editableUnitIds.includes(c.unitId)) return
        next[cellKey(c.unitId, c.indicatorId, target.field, target.source)] = value.trim()
      }),
    )
    setEdits(next)
  }

  return (
    <form action={formAction} className="space-y-3" aria-label={t('gridLabel')}>
      <input type="hidden" name="clusterId" value={clusterId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="period" value={period} />
      <input type="hidden" name="changes" value={JSON.stringify(changes)} />
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 bg-slate-50 py-2">
        <SubmitButton pending={t('saving')}>{t('save', { count: changes.length })}</SubmitButton>
        {changes.length > 0 && (
          <span className="text-sm text-amber-800" data-testid="unsaved">
            {t('unsaved', { count: changes.length })}
          </span>
        )}
        {state.message && (
          <span role="status" data-testid="grid-message" className={state.ok ? 'text-green-800' : 'text-red-800'}>
            {state.message}
          </span>
        )}
        {editableUnitIds.length > 0 && (
          <span className="ml-auto flex items-center gap-1 text-sm">
            <input
              value={newSource}
              onChange={(e) => setNewSource(e.target.value)}
              aria-label={t('newSource')}
              placeholder={t('newSource')}
              className="w-44 rounded border border-slate-300 px-2 py-1"
            />
            <button
              type="button"
              className="rounded border border-slate-300 bg-white px-2 py-1"
              onClick={() => {
                const s = newSource.trim()
                if (s && !sources.includes(s)) setAdded([...added, s])
                setNewSource('')
              }}
            >
              {t('addSource')}
            </button>
          </span>
        )}
      </div>
      {conflicts.length > 0 && (
        <ul className="rounded border border-red-300 bg-red-50 p-3 text-sm" data-testid="grid-conflicts">
          {conflicts.map((c, i) => (
            <li key={i}>
              {t('conflict', {
                unit: grid.members.find((m) => m.id === c.unitId)?.name ?? '',
                indicator: rule.get(c.indicatorId)?.nameVi ?? '',
                theirs: c.theirs || '—',
                yours: c.yours || '—',
              })}
            </li>
          ))}
        </ul>
      )}
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="entry-grid">
          <thead className="bg-slate-100 text-left text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-2 py-2">
                {t('indicator')}
              </th>
              {sources.map((s) => (
                <th key={s} scope="col" className="px-2 py-2">
                  {t('target', { source: s })}
                </th>
              ))}
              <th scope="col" className="px-2 py-2">
                {t('actual')}
              </th>
              <th scope="col" className="px-2 py-2">
                {t('qualifier')}
              </th>
              <th scope="col" className="px-2 py-2">
                {t('previous')}
              </th>
              {sources.map((s) => (
                <th key={s} scope="col" className="px-2 py-2">
                  {t('percentOfTarget', { source: s })}
                </th>
              ))}
              <th scope="col" className="px-2 py-2">
                {t('percentOfPrevious')}
              </th>
              <th scope="col" className="px-2 py-2">
                {t('growth')}
              </th>
              <th scope="col" className="px-2 py-2">
                {t('note')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c, r) => {
              const ind = rule.get(c.indicatorId)!
              const editable = editableUnitIds.includes(c.unitId)
              const actual = numberOf(valueOf(c, 'actual'))
              const previous = numberOf(valueOf(c, 'previous'))
              const memberName = grid.members.find((m) => m.id === c.unitId)?.name ?? ''
              const header = r === 0 || rows[r - 1].unitId !== c.unitId ? memberName : null
              const cell = (col: number) => {
                const { field, source } = cols[col]
                const key = cellKey(c.unitId, c.indicatorId, field, source)
                const readOnly = !editable || (field === 'previous' && c.previousFromLastYear)
                return (
                  <input
                    aria-label={`${memberName} ${ind.nameVi} ${t(field === 'target' ? 'targetShort' : field)}`}
                    data-cell={`${r}:${col}`}
                    data-dirty={key in edits}
                    aria-invalid={state.fieldErrors?.[key] ? true : undefined}
                    title={state.fieldErrors?.[key]}
                    className={`${input} ${field === 'note' ? 'w-40 text-left' : ''}`}
                    readOnly={readOnly}
                    inputMode={field === 'note' ? 'text' : 'decimal'}
                    value={valueOf(c, field, source)}
                    onChange={(e) => setEdits({ ...edits, [key]: e.target.value })}
                    onPaste={(e) => paste(e, r, col)}
                    onKeyDown={(e) => {
                      const el = e.currentTarget
                      const atEdge =
                        e.key === 'ArrowLeft'
                          ? el.selectionStart === 0
                          : e.key === 'ArrowRight'
                            ? el.selectionEnd === el.value.length
                            : true
                      const to = atEdge ? move(r, col, e.key, rows.length, cols.length) : null
                      if (to) {
                        e.preventDefault()
                        focus(...to)
                      }
                    }}
                  />
                )
              }
              return [
                header && (
                  <tr key={`h-${c.unitId}`} className="bg-slate-50">
                    <th colSpan={99} scope="rowgroup" className="px-2 py-1.5 text-left font-semibold">
                      {header}
                    </th>
                  </tr>
                ),
                <tr key={`${c.unitId}:${c.indicatorId}`} className="border-t border-slate-100">
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    {locale === 'en' ? ind.nameEn : ind.nameVi} <span className="text-slate-500">({ind.unit})</span>{' '}
                    <a
                      className="text-xs text-brand-700 underline"
                      href={`/clusters/${clusterId}/${year}/figures/history?unit=${c.unitId}&indicator=${c.indicatorId}&period=${period}`}
                    >
                      {t('review.history')}
                    </a>
                  </th>
                  {sources.map((s, i) => (
                    <td key={s} className="px-1 py-1">
                      {cell(i)}
                    </td>
                  ))}
                  <td className="px-1 py-1">{cell(sources.length)}</td>
                  <td className="px-1 py-1">
                    <select
                      aria-label={`${memberName} ${ind.nameVi} ${t('qualifier')}`}
                      disabled={!editable}
                      className="rounded border border-slate-300 px-1 py-1"
                      value={edits[cellKey(c.unitId, c.indicatorId, 'qualifier')] ?? c.qualifier}
                      onChange={(e) => setEdits({ ...edits, [cellKey(c.unitId, c.indicatorId, 'qualifier')]: e.target.value })}
                    >
                      {qualifiers.map((q) => (
                        <option key={q} value={q}>
                          {t(`qualifiers.${q}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="px-1 py-1">{cell(sources.length + 1)}</td>
                  {sources.map((s) => (
                    <td key={s} className="px-2 py-1 text-right tabular-nums" data-testid="percent-of-target">
                      {formatPercent(percentOfTarget({ actual, target: numberOf(valueOf(c, 'target', s)), previous, rule: ind }))}
                    </td>
                  ))}
                  <td className="px-2 py-1 text-right tabular-nums" data-testid="percent-of-previous">
                    {formatPercent(percentOfPrevious(actual, previous, ind))}
                  </td>
                  <td className="px-2 py-1 text-right tabular-nums" data-testid="growth">
                    {formatGrowth(growth(actual, previous, ind), 2)}
                  </td>
                  <td className="px-1 py-1">{cell(sources.length + 2)}</td>
                </tr>,
              ]
            })}
          </tbody>
        </table>
      </div>
    </form>
  )
}
