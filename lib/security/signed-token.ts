import { createHmac, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from './secret'

/** An HMAC of `purpose` and `value` under the Payload secret: links and internal calls prove their origin. */
export function signToken(purpose: string, value: string): string {
  return createHmac('sha256', payloadSecret()).update(`${purpose}\n${value}`).digest('base64url')
}

export function verifyToken(purpose: string, value: string, token: string | null | undefined): boolean {
  if (!token) return false
  const expected = Buffer.from(signToken(purpose, value))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
