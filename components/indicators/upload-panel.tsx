'use client'
import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { FileField } from '@/components/ui/field'

type Problem = { sheet: string; row: number; column: string; message: string; value?: string }
type Answer = {
  ok: boolean
  message?: string
  rowsRead?: number
  changes?: number
  problems?: Problem[]
  problemCount?: number
  applied?: number
}
type Props = { uploadUrl: string; maxBytes: number }

// Sends the file with visible progress (upload, then reading), shows the preview with every problem
// by sheet, row and column, and applies it only when there is none — all or nothing.
export function UploadPanel({ uploadUrl, maxBytes }: Props) {
  const t = useTranslations('indicators.upload')
  const router = useRouter()
  const [file, setFile] = useState<File | null>(null)
  const [progress, setProgress] = useState<string | null>(null)
  const [answer, setAnswer] = useState<Answer | null>(null)

  function send(apply: boolean) {
    if (!file) return
    if (file.size > maxBytes) return setAnswer({ ok: false, message: t('tooLarge') })
    const xhr = new XMLHttpRequest()
    xhr.open('POST', `${uploadUrl}&apply=${apply ? 1 : 0}`)
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(t('uploading', { percent: Math.round((100 * e.loaded) / e.total) }))
    xhr.upload.onload = () => setProgress(t('reading'))
    xhr.onload = () => {
      setProgress(null)
      try {
        const result = JSON.parse(xhr.responseText) as Answer
        setAnswer(result)
        if (apply && result.ok) router.refresh()
      } catch {
        setAnswer({ ok: false, message: t('failed') })
      }
    }
    xhr.onerror = () => {
      setProgress(null)
      setAnswer({ ok: false, message: t('failed') })
    }
    setAnswer(null)
    setProgress(t('uploading', { percent: 0 }))
    xhr.setRequestHeader('Content-Type', 'application/octet-stream')
    xhr.send(file)
  }

  return (
    <div className="space-y-3 rounded border border-slate-200 bg-white p-3" data-testid="upload-panel">
      <div className="flex flex-wrap items-end gap-2">
        <FileField
          name="file"
          label={t('choose')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null)
            setAnswer(null)
          }}
        />
        <button
          type="button"
          disabled={!file || progress !== null}
          onClick={() => send(false)}
          className="rounded border border-slate-300 px-3 py-1.5 text-sm font-semibold disabled:opacity-50"
        >
          {t('check')}
        </button>
      </div>
      {progress && (
        <p role="status" className="text-sm text-slate-700" data-testid="upload-progress">
          {progress}
        </p>
      )}
      {answer && (
        <div role="status" data-testid="upload-result" className="space-y-2 text-sm">
          {answer.message && <p className={answer.ok ? 'text-green-800' : 'text-red-800'}>{answer.message}</p>}
          {answer.applied !== undefined && answer.ok && <p className="text-green-800">{t('applied', { count: answer.applied })}</p>}
          {answer.problems && answer.problems.length > 0 && (
            <>
              <p className={`font-medium ${answer.ok ? 'text-amber-800' : 'text-red-800'}`}>
                {t(answer.ok ? 'warningCount' : 'problemCount', { count: answer.problemCount ?? answer.problems.length })}
              </p>
              <table className="w-full text-left text-xs" data-testid="upload-problems">
                <thead>
                  <tr>
                    <th>{t('sheet')}</th>
                    <th>{t('row')}</th>
                    <th>{t('column')}</th>
                    <th>{t('problem')}</th>
                    <th>{t('value')}</th>
                  </tr>
                </thead>
                <tbody>
                  {answer.problems.map((p, i) => (
                    <tr key={i} className="border-t border-slate-100">
                      <td>{p.sheet}</td>
                      <td>{p.row}</td>
                      <td>{p.column}</td>
                      <td>{p.message}</td>
                      <td>{p.value ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {answer.ok &&
            answer.problems &&
            answer.applied === undefined &&
            (answer.changes ? (
              <div className="flex flex-wrap items-center gap-2">
                <span>{t('preview', { rows: answer.rowsRead ?? 0, changes: answer.changes })}</span>
                <button
                  type="button"
                  onClick={() => send(true)}
                  disabled={progress !== null}
                  className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white"
                >
                  {t('apply', { count: answer.changes })}
                </button>
              </div>
            ) : (
              <span>{t('nothing')}</span>
            ))}
        </div>
      )}
    </div>
  )
}
