import { stat } from 'node:fs/promises'
import path from 'node:path'

import { type CollectionConfig, type Field, NotFound, type PayloadRequest } from 'payload'

import { usesObjectStorage } from '@/lib/media/storage'

import { anyone, staff, writers } from './access'
import { revalidateMedia } from './hooks/revalidate'

const webp = { format: 'webp' as const, options: { quality: 78 } }
/** A size's own fields (URL, width, file size…) are machinery: not offered as list columns or filters. */
const machinery = { disableListColumn: true, disableListFilter: true, disableGroupBy: true }

const staticDir = path.resolve(process.cwd(), process.env.MEDIA_DIR ?? 'data/media')

/**
 * A file name with no file behind it (an old link, a guess, a size never generated) is a 404.
 * Payload answers it with a 500; names outside the folder are left to Payload (a 400).
 */
async function missingFileIsNotFound(req: PayloadRequest, { params }: { params: { filename: string } }): Promise<void> {
  const file = path.resolve(staticDir, params.filename)
  if (!file.startsWith(staticDir + path.sep)) return
  const found = await stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  )
  if (!found) throw new NotFound(req.t)
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Media', zh: '媒体' }, plural: { en: 'Media', zh: '媒体库' } },
  admin: { group: { en: 'News', zh: '新闻' }, defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: { read: anyone, create: writers, update: staff, delete: staff },
  hooks: { afterChange: [revalidateMedia], afterDelete: [revalidateMedia] },
  upload: {
    staticDir,
    // With S3 the files are not on this disk: the bucket's handler answers, a missing key included.
    handlers: usesObjectStorage() ? [] : [missingFileIsNotFound],
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    focalPoint: true,
    crop: true,
    imageSizes: [
      { name: 'thumbnail', admin: machinery, width: 320, height: 180, position: 'centre', formatOptions: webp },
      { name: 'card', admin: machinery, width: 640, height: 360, position: 'centre', formatOptions: webp },
      { name: 'content', admin: machinery, width: 960, formatOptions: webp, withoutEnlargement: true },
      { name: 'wide', admin: machinery, width: 1600, formatOptions: webp, withoutEnlargement: true },
      {
        name: 'og',
        admin: machinery,
        width: 1200,
        height: 630,
        position: 'centre',
        formatOptions: { format: 'jpeg', options: { quality: 82 } },
      },
      {
        name: 'avif',
        admin: machinery,
        width: 960,
        formatOptions: { format: 'avif', options: { quality: 55 } },
        withoutEnlargement: true,
      },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Alternative text', zh: '替代文本' },
      admin: { description: { en: 'What the image shows, for screen readers.', zh: '描述图片内容，供读屏软件使用。' } },
    },
    { name: 'caption', type: 'text', localized: true, label: { en: 'Caption', zh: '图片说明' } },
    // Payload's own upload fields whose labels it writes in English only: named in both languages,
    // and kept out of the list's columns and filters (the file name, size and dimensions stay).
    ...(
      [
        ['url', { en: 'URL', zh: '网址' }],
        ['thumbnailURL', { en: 'Thumbnail URL', zh: '缩略图网址' }],
        ['mimeType', { en: 'MIME type', zh: '文件类型' }],
      ] as const
    ).map(([name, label]): Field => ({
      name,
      type: 'text',
      label,
      admin: { hidden: true, readOnly: true, disableListColumn: true, disableListFilter: true },
    })),
  ],
}
