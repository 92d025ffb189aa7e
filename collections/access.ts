import type { Access, FieldAccess, PayloadRequest } from 'payload'

export type Role = 'admin' | 'editor'

export const hasRole = (req: PayloadRequest, ...roles: Role[]): boolean => {
  const role = (req.user as { role?: Role } | null)?.role
  return Boolean(role && roles.includes(role))
}

export const anyone: Access = () => true
export const signedIn: Access = ({ req }) => Boolean(req.user)
export const adminsOnly: Access = ({ req }) => hasRole(req, 'admin')
export const staff: Access = ({ req }) => hasRole(req, 'admin', 'editor')

/** Visitors see published documents only; signed-in staff see drafts too. */
export const publishedOrSignedIn: Access = ({ req }) =>
  req.user ? true : { _status: { equals: 'published' } }

export const adminsOrSelf: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

export const adminFieldOnly: FieldAccess = ({ req }) => hasRole(req, 'admin')
