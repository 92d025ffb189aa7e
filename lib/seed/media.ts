import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { PayloadId } from '../db/document-id'

import type { SeedImage } from './images'

const context = { disableRevalidate: true }

/**
 * Finds a seeded image by file name or uploads it with its alt text in both languages. A file left
 * on disk by an earlier database is removed first, so Payload does not rename the new upload.
 */
export async function ensureMedia(
  payload: Payload,
  name: string,
  alt: { en: string; zh: string },
  render: () => Promise<SeedImage>,
): Promise<PayloadId> {
  const found = await payload.find({ collection: 'media', where: { filename: { equals: name } }, limit: 1, depth: 0 })
  if (found.docs[0]) return found.docs[0].id
  removeOrphanFiles(payload, name)
  const doc = await payload.create({
    collection: 'media',
    data: { alt: alt.en },
    file: await render(),
    locale: 'en',
    context,
  })
  await payload.update({ collection: 'media', id: doc.id, data: { alt: alt.zh }, locale: 'zh', context })
  return doc.id
}

function removeOrphanFiles(payload: Payload, name: string): void {
  const staticDir = payload.collections.media.config.upload.staticDir
  if (!staticDir || !fs.existsSync(staticDir)) return
  const base = name.replace(/\.[^.]+$/, '')
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const ours = new RegExp(`^${escaped}(-\\d+x\\d+)?\\.[a-z0-9]+$`)
  for (const file of fs.readdirSync(staticDir)) {
    if (ours.test(file)) fs.rmSync(path.join(staticDir, file))
  }
}
