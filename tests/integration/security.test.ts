import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { usersWithPassword } from '@/lib/security/default-password'
import { DEV_ADMIN_PASSWORD } from '@/lib/seed/index'

import { context, databaseKind, testPayload } from './payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

describe(`production guard on ${databaseKind()}`, () => {
  it('finds users still on the development password, and only those', async () => {
    const stamp = Date.now()
    await payload.create({
      collection: 'users',
      context,
      data: { email: `dev-${stamp}@example.com`, password: DEV_ADMIN_PASSWORD, role: 'admin' },
    })
    await payload.create({
      collection: 'users',
      context,
      data: { email: `safe-${stamp}@example.com`, password: 'a-real-password-9f3k', role: 'editor' },
    })
    const exposed = await usersWithPassword(payload, DEV_ADMIN_PASSWORD)
    expect(exposed).toContain(`dev-${stamp}@example.com`)
    expect(exposed).not.toContain(`safe-${stamp}@example.com`)
  })

  it('never returns user records or emails to anonymous readers', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(/not allowed/)
  })
})
