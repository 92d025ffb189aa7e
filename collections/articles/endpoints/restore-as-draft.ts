import { type Endpoint, NotFound, headersWithCors, parseParams, restoreVersionOperation } from 'payload'

import { adminText } from '@/lib/i18n/admin-text'

/**
 * POST /api/articles/versions/:id — restoring an old version makes it the article's new draft, always:
 * publishing stays an explicit act, and the live page does not change (Payload's own "Restore this
 * version" would republish at once). The slug field keeps the current address on restore.
 * Listed before Payload's own endpoints, so it answers the admin's restore button.
 */
export const restoreAsDraftEndpoint: Endpoint = {
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    const raw = req.routeParams?.id
    const numeric = req.payload.db.defaultIDType === 'number'
    if (typeof raw !== 'string' || (numeric && !/^\d{1,15}$/.test(raw))) throw new NotFound(req.t)
    const { depth, populate } = parseParams(req.query)
    const doc = await restoreVersionOperation({
      id: numeric ? Number(raw) : raw,
      collection: req.payload.collections.articles,
      depth,
      populate,
      draft: true,
      req,
    })
    const message = adminText(req, {
      en: 'Restored as a draft. The live page is unchanged until you publish.',
      zh: '已恢复为草稿。发布之前，线上页面保持不变。',
    })
    return Response.json({ ...doc, message }, { headers: headersWithCors({ headers: new Headers(), req }) })
  },
}
