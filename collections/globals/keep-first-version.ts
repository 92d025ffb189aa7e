import { type GlobalBeforeChangeHook, saveVersion } from 'payload'

import { keepRequestLocale } from '@/lib/db/keep-request-locale'

/**
 * Before the first save that keeps versions, the settings as they are now become the first version:
 * a site upgraded from before globals had versions can still undo its first wrong edit. (Payload
 * records a version after each save, i.e. the new state only.)
 */
export const keepFirstVersion: GlobalBeforeChangeHook = async ({ data, global, req }) => {
  const { totalDocs } = await req.payload.countGlobalVersions({ global: global.slug, req, overrideAccess: true })
  if (totalDocs > 0) return data
  const current = await keepRequestLocale(req, () =>
    req.payload.findGlobal({ slug: global.slug, locale: 'all', depth: 0, draft: false, overrideAccess: true, req }),
  )
  // Never saved before (a fresh database before its seed): nothing to keep.
  if (!current?.updatedAt) return data
  await saveVersion({
    payload: req.payload,
    global,
    docWithLocales: current,
    operation: 'update',
    req,
    returning: false,
  })
  return data
}
