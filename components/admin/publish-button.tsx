'use client'

import { PublishButton as PayloadPublishButton, useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

/**
 * Payload's publish button, except that "Schedule Publish" on an article that is not published
 * starts on "Publish": Payload preselects "Unpublish" whenever no draft is newer than the published
 * version, which for a never-published draft is always (it counts drafts newer than a published
 * version that does not exist), and such a schedule would never put it online. Telling the
 * document it has one unpublished draft is what Payload itself does after an unpublish.
 */
export function PublishButton({ label }: { label?: string }) {
  const { hasPublishedDoc, unpublishedVersionCount, setUnpublishedVersionCount } = useDocumentInfo()
  const notLive = !hasPublishedDoc && unpublishedVersionCount === 0
  useEffect(() => {
    if (notLive) setUnpublishedVersionCount(1)
  }, [notLive, setUnpublishedVersionCount])
  return <PayloadPublishButton label={label} />
}
