import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

const draftOnlyKey = (id: unknown) => `draftOnlySave:${String(id)}`

/**
 * Notes whether an update only saves a draft: with `draft: true` and not publishing, Payload writes
 * a new version and leaves the live row alone (the same rule as its own `isSavingDraft` in
 * updateDocument). Autosaves and "Save draft" are such saves: no page a visitor can see changes.
 */
export const noteDraftOnlySave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const { id, draft, data } = args as { id?: unknown; draft?: unknown; data?: { _status?: unknown } }
  if (operation === 'update' && id !== undefined && id !== null)
    req.context[draftOnlyKey(id)] = Boolean(draft) && data?._status !== 'published'
  return args
}

/** Whether the save of article `id` under way in `req` wrote a draft version only. */
export const isDraftOnlySave = (req: PayloadRequest, id: unknown): boolean => req.context[draftOnlyKey(id)] === true
