'use client'

import { FieldLabel, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { articlePath } from '@/lib/paths'
import { type Locale, locales } from '@/lib/i18n/routing'

import { adminMessages, fill } from './admin-messages'

interface LiveState {
  slug: string
  listed: Record<Locale, boolean>
}

const flagOf: Record<Locale, 'completeEn' | 'completeZh'> = { en: 'completeEn', zh: 'completeZh' }

/**
 * In an article's sidebar: where it is live, one link per language it is listed in. Read from the
 * published article (not the draft being edited), so the links are the addresses readers use now.
 */
export function LiveLinks() {
  const { id, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const { i18n } = useTranslation()
  const words = adminMessages(i18n.language)
  const [live, setLive] = useState<LiveState | null>(null)

  useEffect(() => {
    if (!id || !hasPublishedDoc) return
    const controller = new AbortController()
    const query = new URLSearchParams({ depth: '0', locale: 'en', 'select[slug]': 'true', 'select[_status]': 'true' })
    for (const code of locales) query.set(`select[${flagOf[code]}]`, 'true')
    fetch(`/api/articles/${id}?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((doc: Record<string, unknown> | null) => {
        if (doc?._status !== 'published' || typeof doc.slug !== 'string') return setLive(null)
        setLive({ slug: doc.slug, listed: { en: doc.completeEn === true, zh: doc.completeZh === true } })
      })
      .catch(() => undefined)
    return () => controller.abort()
    // A publish changes both; refetching then shows the new address.
  }, [id, hasPublishedDoc, unpublishedVersionCount])

  if (!id) return null
  // Unpublished since the last answer: whatever it said is no longer live.
  const shown = hasPublishedDoc ? live : null
  return (
    <div className="field-type live-links">
      <FieldLabel label={words.liveLinks.heading} />
      {shown ? (
        <ul className="live-links__list">
          {locales.map((code) => (
            <li key={code}>
              {shown.listed[code] ? (
                <a href={articlePath(code, shown.slug)} target="_blank" rel="noopener noreferrer">
                  {fill(words.liveLinks.open, { language: words.languages[code] })} ↗
                </a>
              ) : (
                <span className="field-description">
                  {fill(words.liveLinks.notListed, { language: words.languages[code] })}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="field-description">{words.liveLinks.notLive}</p>
      )}
      {shown && unpublishedVersionCount > 0 ? <p className="field-description">{words.liveLinks.pending}</p> : null}
    </div>
  )
}
