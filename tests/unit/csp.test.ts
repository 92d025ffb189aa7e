import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, createNonce } from '@/lib/security/csp.cjs'

const directives = (policy: string) =>
  new Map(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]))

describe('the Content-Security-Policy of public pages', () => {
  it("limits scripts to the site's origin and the response's nonce, and framing to the site", () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'n0nce' }))
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-n0nce'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'self'"])
    expect(policy.get('base-uri')).toEqual(["'self'"])
    expect(policy.has('upgrade-insecure-requests')).toBe(false)
  })

  it('allows eval only in development, and upgrades requests over HTTPS', () => {
    expect(directives(contentSecurityPolicy({ nonce: 'x', development: true })).get('script-src')).toContain(
      "'unsafe-eval'",
    )
    expect(directives(contentSecurityPolicy({ nonce: 'x', https: true })).has('upgrade-insecure-requests')).toBe(true)
  })

  it('makes a fresh 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce))
    expect(nonces.size).toBe(50)
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16)
  })
})
