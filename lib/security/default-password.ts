import { pbkdf2Sync, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

// Payload 3.90's stored-hash formats (payload/dist/auth/strategies/local/generatePasswordSaltHash.js).
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

/** Whether a stored salt/hash pair is the hash of `password`, without a login attempt (no lockout). */
export function hashMatches(password: string, salt: string, hash: string): boolean {
  const current = hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const stored = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const candidate = pbkdf2Sync(password, salt, iterations, keyLength, 'sha256')
  return stored.length === candidate.length && timingSafeEqual(stored, candidate)
}

/** E-mail addresses of users who still sign in with the given (development) password. */
export async function usersWithPassword(payload: Payload, password: string): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    pagination: false,
    depth: 0,
    showHiddenFields: true,
    select: { email: true, salt: true, hash: true },
  })
  return docs
    .filter((user) => {
      const { salt, hash } = user as { salt?: unknown; hash?: unknown }
      return typeof salt === 'string' && typeof hash === 'string' && hashMatches(password, salt, hash)
    })
    .map((user) => user.email)
}
