import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { unsafeLinks } from '@/lib/content/safe-url'
import { adminText } from '@/lib/i18n/admin-text'

/** A link in the body to `javascript:`, `data:` or another unsafe scheme is refused at save. */
export const refuseUnsafeLinks: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const unsafe = unsafeLinks(data?.body)
  if (unsafe.length) {
    const list = unsafe.map((url) => `"${url.slice(0, 60)}"`).join(', ')
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'body',
          message: adminText(req, {
            en: `Links must be web addresses, mailto:, tel: or site paths; refused: ${list}.`,
            zh: `链接只能是网址、mailto:、tel: 或本站路径；已拒绝：${list}。`,
          }),
        },
      ],
    })
  }
  return data
}
