'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type ChangeEvent, useState } from 'react'

import en from '@/messages/en.json'
import zh from '@/messages/zh.json'

type Preview = { added: number[]; removed: number[]; changed: number[]; unchanged: number }
type Result = { ok: true; applied: boolean; preview: Preview } | { ok: false; problems: string[] }

/** In the dataset's edit view: paste or upload a CSV, preview what changes, then import all or nothing. */
export function DatasetImport() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = (i18n.language === 'zh' ? zh : en).datasetImport
  const router = useRouter()
  const [csv, setCsv] = useState('')
  const [result, setResult] = useState<Result | null>(null)
  const [busy, setBusy] = useState(false)

  if (!id) return <p className="field-description">{t.saveFirst}</p>

  const send = async (dryRun: boolean) => {
    setBusy(true)
    try {
      const response = await fetch(`/api/ranking-datasets/${id}/import`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ csv, dryRun }),
      })
      const body = (await response.json()) as Result
      setResult(body)
      if (body.ok && body.applied) router.refresh()
    } finally {
      setBusy(false)
    }
  }

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file) setCsv(await file.text())
  }

  return (
    <div className="dataset-import" style={{ marginBottom: '2rem' }}>
      <h3>{t.title}</h3>
      <p className="field-description">{t.help}</p>
      <label htmlFor="dataset-import-file">{t.file}</label>{' '}
      <input id="dataset-import-file" type="file" accept=".csv,text/csv" onChange={readFile} />
      <label htmlFor="dataset-import-csv" style={{ display: 'block', marginTop: '0.75rem' }}>
        {t.paste}
      </label>
      <textarea id="dataset-import-csv" rows={8} value={csv} onChange={(event) => setCsv(event.target.value)} style={{ width: '100%', fontFamily: 'monospace' }} />
      <div style={{ display: 'flex', gap: '0.5rem' }}>
        <Button buttonStyle="secondary" disabled={busy || !csv} onClick={() => send(true)}>
          {t.preview}
        </Button>
        <Button disabled={busy || !csv || !result?.ok || result.applied} onClick={() => send(false)}>
          {t.import}
        </Button>
      </div>
      {result && !result.ok ? (
        <div role="alert">
          <p>{t.nothingWritten}</p>
          <ul>
            {result.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {result?.ok ? (
        <p role="status">
          {(result.applied ? t.done : t.willChange)
            .replace('{added}', String(result.preview.added.length))
            .replace('{changed}', String(result.preview.changed.length))
            .replace('{removed}', String(result.preview.removed.length))
            .replace('{unchanged}', String(result.preview.unchanged))}
        </p>
      ) : null}
    </div>
  )
}
