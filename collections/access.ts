import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

/**
 * Who may do what. The same functions guard the admin UI, REST, GraphQL and the Local API
 * (whenever it runs with `overrideAccess: false`).
 *
 * - admin: everything, including users.
 * - editor: all content, publishing, datasets, media, the footer and header globals.
 * - contributor: writes drafts of articles and uploads media; never publishes, unpublishes,
 *   deletes published work or touches taxonomy, datasets, settings or users.
 */
export const ROLES = ['admin', 'editor', 'contributor'] as const
export type Role = (typeof ROLES)[number]

export const roleOf = (req: PayloadRequest): Role | undefined => (req.user as { role?: Role } | null)?.role

export const hasRole = (req: PayloadRequest, ...roles: Role[]): boolean => {
  const role = roleOf(req)
  return Boolean(role && roles.includes(role))
}

export const anyone: Access = () => true
export const signedIn: Access = ({ req }) => Boolean(req.user)
export const adminsOnly: Access = ({ req }) => hasRole(req, 'admin')
/** Admins and editors: the people who publish. */
export const staff: Access = ({ req }) => hasRole(req, 'admin', 'editor')
/** Everyone with a newsroom role, contributors included. */
export const writers: Access = ({ req }) => hasRole(req, 'admin', 'editor', 'contributor')

/** Visitors see published documents only; signed-in users see drafts too. */
export const publishedOrSignedIn: Access = ({ req }) => (req.user ? true : { _status: { equals: 'published' } })

/** Still a draft and never public: `firstPublishedAt` is stamped on the first publish and survives an unpublish. */
const neverPublished: Where = {
  and: [{ _status: { not_equals: 'published' } }, { firstPublishedAt: { exists: false } }],
}

/**
 * Staff update anything. A contributor updates only articles that have never been published
 * (not even once and then unpublished) and never sets `_status: 'published'`: Payload asks this
 * same question with `data._status = 'published'` to decide whether to show the Publish button and
 * whether a scheduled publish may run.
 */
export const updateArticle: Access = ({ req, data }) => {
  if (hasRole(req, 'admin', 'editor')) return true
  if (!hasRole(req, 'contributor')) return false
  if (data?._status === 'published') return false
  return neverPublished
}

/** Staff delete any article; a contributor only ones that were never published. */
export const deleteArticle: Access = ({ req }) => {
  if (hasRole(req, 'admin', 'editor')) return true
  return hasRole(req, 'contributor') ? neverPublished : false
}

/** Creating straight into `published` is publishing too. */
export const createArticle: Access = ({ req, data }) => {
  if (hasRole(req, 'admin', 'editor')) return true
  return hasRole(req, 'contributor') && data?._status !== 'published'
}

export const adminsOrSelf: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

export const adminFieldOnly: FieldAccess = ({ req }) => hasRole(req, 'admin')
