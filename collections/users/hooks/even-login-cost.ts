import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Payload's password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js,
 * 3.90): PBKDF2-SHA256, 600,000 iterations, 32 bytes. A wrong password costs one of these.
 */
const PASSWORD_HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const

const derive = promisify(pbkdf2)

/** The work of checking a password, done for nothing. */
const checkNoPassword = (password: string) =>
  derive(
    password,
    randomBytes(32).toString('hex'),
    PASSWORD_HASH.iterations,
    PASSWORD_HASH.keyLength,
    PASSWORD_HASH.digest,
  )

/**
 * Payload answers a login for an unknown email, or a locked account, before hashing anything: a
 * few milliseconds against a few hundred for a wrong password, which tells an outsider which
 * emails have accounts. Here those two cases pay for one password hash too, then fail with the
 * same error a wrong password gets (its message is the same for all three, see login-policy.ts).
 */
export const evenLoginCost: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  // Missing fields: Payload's own validation answers, the same for everyone.
  if (!email || !password.trim()) return args
  const { docs } = await req.payload.find({
    collection: collection.slug as 'users',
    where: { email: { equals: email } },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const lockUntil = docs[0]?.lockUntil
  const locked = Boolean(lockUntil && new Date(lockUntil).getTime() > Date.now())
  if (docs.length && !locked) return args
  await checkNoPassword(password)
  throw new AuthenticationError(req.t)
}
