'use client'

import { useAuth, usePreferences, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect, useRef } from 'react'

const KEY = 'admin-language'

/**
 * Payload keeps the admin language in a cookie, so it follows the browser. This makes it follow the
 * user: the language an editor picks is stored in their Payload preferences, and applied when they
 * sign in from any other browser.
 */
export function RememberLanguage({ children }: { children?: ReactNode }) {
  const { user } = useAuth()
  const { i18n, switchLanguage } = useTranslation()
  const { getPreference, setPreference } = usePreferences()
  const appliedFor = useRef<string | number | null>(null)

  useEffect(() => {
    if (!user) {
      appliedFor.current = null
      return
    }
    let cancelled = false
    void (async () => {
      const saved = await getPreference<string | undefined>(KEY)
      if (cancelled) return
      if (appliedFor.current !== user.id) {
        // First render for this user: their saved choice wins over the browser's.
        appliedFor.current = user.id
        if ((saved === 'en' || saved === 'zh') && saved !== i18n.language && switchLanguage) {
          await switchLanguage(saved)
          return
        }
      }
      if (saved !== i18n.language) await setPreference(KEY, i18n.language)
    })()
    return () => {
      cancelled = true
    }
  }, [user, i18n.language, getPreference, setPreference, switchLanguage])

  return <>{children}</>
}
