import type { AdminText } from '@/lib/i18n/admin-text'

const MB = 1024 * 1024

/**
 * The most a request body may carry, per kind of route. Uploads: one image file of at most
 * UPLOAD_FILE_MAX_BYTES plus the form around it; JSON writes through REST (an article with its
 * rich text, a 1 MB ranking CSV pasted in); GraphQL documents and their variables.
 */
export const UPLOAD_FILE_MAX_BYTES = 12 * MB
export const BODY_LIMITS = {
  upload: UPLOAD_FILE_MAX_BYTES + MB,
  json: 2 * MB,
  graphql: 100 * 1024,
} as const

const megabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`
const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`

/** What a refused body is told, in the editor's language. */
export const tooLargeMessage = {
  upload: {
    en: `The file is larger than ${megabytes(UPLOAD_FILE_MAX_BYTES)}, the largest upload this site accepts. Save it smaller (for example at a lower resolution or as WebP or JPEG) and upload it again.`,
    zh: `文件超过 ${megabytes(UPLOAD_FILE_MAX_BYTES)}，超出本站允许的最大上传大小。请缩小文件（例如降低分辨率，或另存为 WebP 或 JPEG）后重新上传。`,
  },
  json: {
    en: `The request is larger than ${megabytes(BODY_LIMITS.json)}, the most this API accepts in one request. Send less at a time.`,
    zh: `请求超过 ${megabytes(BODY_LIMITS.json)}，超出此接口单次请求的上限。请分批发送。`,
  },
  graphql: {
    en: `The GraphQL request is larger than ${kilobytes(BODY_LIMITS.graphql)}. Send a shorter query.`,
    zh: `GraphQL 请求超过 ${kilobytes(BODY_LIMITS.graphql)}。请发送更短的查询。`,
  },
} satisfies Record<keyof typeof BODY_LIMITS, AdminText>
