'use client'

import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type ChangeEvent, useState } from 'react'

import type { ImportPreview } from '@/lib/rankings/import'
import en from '@/messages/en.json'
import zh from '@/messages/zh.json'

import { fill } from './admin-messages'

type Result = { ok: true; applied: boolean; preview: ImportPreview } | { ok: false; problems: string[] }

/** At most this many changed cells are listed; the counts above the table cover the rest. */
const SHOWN_CELLS = 200

/**
 * In the dataset's edit view: export the entries as CSV; paste or upload a CSV, preview every cell it
 * changes (before → after), then import all or nothing.
 */
export function DatasetImport() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const t = (i18n.language === 'zh' ? zh : en).datasetImport
  const router = useRouter()
  const [csv, setCsv] = useState('')
  const [fileName, setFileName] = useState('')
  const [result, setResult] = useState<Result | null>(null)
  const [busy, setBusy] = useState(false)

  if (!id) return <p className="field-description">{t.saveFirst}</p>

  // A new CSV makes the last preview or error meaningless: it goes, and Import waits for a new preview.
  const changeCsv = (text: string, name = '') => {
    setCsv(text)
    setFileName(name)
    setResult(null)
  }

  const send = async (dryRun: boolean) => {
    setBusy(true)
    try {
      const response = await fetch(`/api/ranking-datasets/${id}/import`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({ csv, dryRun }),
      })
      const body = (await response.json().catch(() => null)) as Result | null
      setResult(body ?? { ok: false, problems: [fill(t.failed, { status: response.status })] })
      if (body?.ok && body.applied) router.refresh()
    } catch {
      setResult({ ok: false, problems: [t.offline] })
    } finally {
      setBusy(false)
    }
  }

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file) changeCsv(await file.text(), file.name)
    // The same file chosen again (after editing it) must still count as a change.
    event.target.value = ''
  }

  const preview = result?.ok ? result.preview : null
  return (
    <div className="dataset-import">
      <h3>{t.title}</h3>
      <p className="field-description">{t.help}</p>
      <p>
        <a
          className="btn btn--style-secondary btn--size-small dataset-import__export"
          href={`/api/ranking-datasets/${id}/csv`}
          download
        >
          {t.export}
        </a>
      </p>
      <div className="dataset-import__file">
        {/* The browser's own file button speaks the browser's language: this label speaks the admin's. */}
        <label className="btn btn--style-secondary btn--size-small" htmlFor="dataset-import-file">
          {t.chooseFile}
        </label>
        <input
          id="dataset-import-file"
          className="dataset-import__file-input"
          type="file"
          accept=".csv,text/csv"
          onChange={readFile}
        />
        <span className="field-description">{fileName || t.noFile}</span>
      </div>
      <label htmlFor="dataset-import-csv" className="dataset-import__paste-label">
        {t.paste}
      </label>
      <textarea
        id="dataset-import-csv"
        rows={8}
        value={csv}
        onChange={(event) => changeCsv(event.target.value)}
        className="dataset-import__csv"
      />
      <div className="dataset-import__actions">
        <Button buttonStyle="secondary" disabled={busy || !csv} onClick={() => send(true)}>
          {t.preview}
        </Button>
        <Button disabled={busy || !csv || !result?.ok || result.applied} onClick={() => send(false)}>
          {t.import}
        </Button>
      </div>
      {result && !result.ok ? (
        <div role="alert" className="dataset-import__problems">
          <p>{t.nothingWritten}</p>
          <ul>
            {result.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {result?.ok && preview ? (
        <div role="status">
          <p>
            {fill(result.applied ? t.done : t.willChange, {
              added: preview.added.length,
              changed: preview.changed.length,
              removed: preview.removed.length,
              unchanged: preview.unchanged,
            })}
          </p>
          <ChangeTable preview={preview} t={t} />
        </div>
      ) : null}
    </div>
  )
}

function ChangeTable({ preview, t }: { preview: ImportPreview; t: (typeof en)['datasetImport'] }) {
  const rows = [
    ...preview.added.map((rank) => ({
      key: `+${rank}`,
      rank,
      column: t.newRow,
      before: '',
      after: preview.names[rank] ?? '',
    })),
    ...preview.cells.map((cell) => ({ key: `${cell.rank}:${cell.column}`, ...cell })),
    ...preview.removed.map((rank) => ({
      key: `-${rank}`,
      rank,
      column: t.removedRow,
      before: preview.names[rank] ?? '',
      after: '',
    })),
  ]
  if (!rows.length) return null
  return (
    <table className="dataset-import__changes">
      <caption>{t.changesCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.rank}</th>
          <th scope="col">{t.column}</th>
          <th scope="col">{t.before}</th>
          <th scope="col">{t.after}</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, SHOWN_CELLS).map((row) => (
          <tr key={row.key}>
            <td>{row.rank}</td>
            <td>{row.column}</td>
            <td>{row.before === '' ? <span className="dataset-import__empty">{t.empty}</span> : row.before}</td>
            <td>{row.after === '' ? <span className="dataset-import__empty">{t.empty}</span> : row.after}</td>
          </tr>
        ))}
      </tbody>
      {rows.length > SHOWN_CELLS ? (
        <tfoot>
          <tr>
            <td colSpan={4}>{fill(t.moreChanges, { count: rows.length - SHOWN_CELLS })}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  )
}
