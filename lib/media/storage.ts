import { s3Storage } from '@payloadcms/storage-s3'
import type { Field, Plugin } from 'payload'

/**
 * Where uploads live. Without S3 settings: the local directory MEDIA_DIR (one instance). With
 * S3_BUCKET: an S3-compatible bucket every instance shares (AWS S3, MinIO, R2…), the sharp sizes
 * included; deleting a media document deletes its objects. Files are still served at
 * /api/media/file/<name> by whichever instance is asked, so access rules and URLs do not change.
 *
 * The plugin always adds its `prefix` field, S3 or not, so the schema (and the migrations) are the
 * same in every environment.
 */
/** Whether uploads live in an S3 bucket (S3_BUCKET set) rather than in MEDIA_DIR. */
export const usesObjectStorage = (env: NodeJS.ProcessEnv = process.env): boolean => Boolean(env.S3_BUCKET?.trim())

export function mediaStorage(env: NodeJS.ProcessEnv = process.env): Plugin {
  const bucket = env.S3_BUCKET?.trim()
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (bucket && (!accessKeyId || !secretAccessKey) && !env.AWS_PROFILE) {
    throw new Error('S3_BUCKET is set: set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY too (or AWS_PROFILE).')
  }
  const storage = s3Storage({
    enabled: Boolean(bucket),
    alwaysInsertFields: true,
    bucket: bucket ?? 'unused',
    collections: { media: { prefix: env.S3_PREFIX?.trim() || undefined } },
    config: {
      region: env.S3_REGION?.trim() || 'us-east-1',
      ...(env.S3_ENDPOINT?.trim() ? { endpoint: env.S3_ENDPOINT.trim() } : {}),
      // MinIO, s3rver and most self-hosted servers want bucket names in the path, not the host.
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    },
  })
  // The plugin's `prefix` (and `_objectKey`) fields are machinery (hidden in the form): not a list column or filter either.
  return async (config) => {
    const result = await storage(config)
    const media = result.collections?.find((collection) => collection.slug === 'media')
    if (media) media.fields = media.fields.map(asMachinery)
    return result
  }
}

function asMachinery(field: Field): Field {
  if (field.type !== 'text' || (field.name !== 'prefix' && field.name !== '_objectKey')) return field
  return { ...field, admin: { ...field.admin, disableListColumn: true, disableListFilter: true } }
}
