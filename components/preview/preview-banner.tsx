'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { usePathname, useRouter } from 'next/navigation'

interface Props {
  message: string
  exitLabel: string
}

/**
 * Shown only in draft mode: says so, offers the way out, and re-renders the page whenever the
 * admin's live preview saves (autosave included). Visitors never load this code.
 */
export function PreviewBanner({ message, exitLabel }: Props) {
  const pathname = usePathname()
  const router = useRouter()
  const origin = typeof window === 'undefined' ? '' : window.location.origin
  return (
    <div className="preview-banner" role="status">
      <p>{message}</p>
      <a href={`/next/exit-preview?path=${encodeURIComponent(pathname)}`}>{exitLabel}</a>
      {origin ? <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={origin} /> : null}
    </div>
  )
}
