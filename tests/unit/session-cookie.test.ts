import { describe, expect, it } from 'vitest'

import { sessionCookie } from '@/lib/security/session-cookie'

describe('the session cookie', () => {
  it('is Secure in production behind an HTTPS address', () => {
    expect(sessionCookie({ NODE_ENV: 'production', NEXT_PUBLIC_SERVER_URL: 'https://news.example.com' })).toEqual({
      sameSite: 'Lax',
      secure: true,
    })
  })

  it('is not Secure over plain HTTP, where the browser would drop it', () => {
    expect(sessionCookie({ NODE_ENV: 'production', NEXT_PUBLIC_SERVER_URL: 'http://127.0.0.1:3000' }).secure).toBe(
      false,
    )
    expect(sessionCookie({ NODE_ENV: 'development', NEXT_PUBLIC_SERVER_URL: 'https://news.example.com' }).secure).toBe(
      false,
    )
  })
})
