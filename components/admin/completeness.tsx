'use client'

import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'

import en from '@/messages/en.json'
import zh from '@/messages/zh.json'

const LANGUAGES = [
  { code: 'en', short: 'EN' },
  { code: 'zh', short: '中文' },
] as const

function Badges({ value }: { value: unknown }) {
  const { i18n } = useTranslation()
  const t = (i18n.language === 'zh' ? zh : en).completeness
  const complete = typeof value === 'string' ? value.split(',') : []
  return (
    <span className="completeness">
      {LANGUAGES.map(({ code, short }) => {
        const ok = complete.includes(code)
        return (
          <span key={code} className={`completeness__badge completeness__badge--${ok ? 'ok' : 'missing'}`}>
            {short} {ok ? '✓' : '✗'}
            <span className="completeness__sr">{ok ? t.complete : t.incomplete}</span>
          </span>
        )
      })}
    </span>
  )
}

/** List-view cell: which languages of the article are complete. */
export function CompletenessCell({ cellData }: { cellData?: unknown }) {
  return <Badges value={cellData} />
}

/** Edit-view sidebar field: the same badges, read-only, with what "complete" means. */
export function CompletenessField({ path }: { path: string }) {
  const { value } = useField<string>({ path })
  const { i18n } = useTranslation()
  const t = (i18n.language === 'zh' ? zh : en).completeness
  return (
    <div className="field-type completeness-field">
      <FieldLabel label={t.label} />
      <div>
        <Badges value={value} />
      </div>
      <p className="field-description">{t.help}</p>
    </div>
  )
}
