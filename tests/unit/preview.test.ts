import { describe, expect, it } from 'vitest'

import { checkPreviewLink, isPreviewablePath, previewUrl } from '@/lib/preview'

const paramsOf = (url: string) => new URL(url).searchParams

describe('preview links', () => {
  it('a link made by the admin opens its path until it expires', () => {
    const now = Date.UTC(2026, 10, 30)
    const url = previewUrl('/zh/news/some-draft', now)
    expect(checkPreviewLink(paramsOf(url), now + 1000)).toEqual({ ok: true, path: '/zh/news/some-draft' })
    expect(checkPreviewLink(paramsOf(url), now + 8 * 24 * 3600 * 1000)).toEqual({ ok: false })
  })

  it('refuses a forged token, another path, a stretched expiry, or a path off the site', () => {
    const now = Date.UTC(2026, 10, 30)
    const params = paramsOf(previewUrl('/en/news/a', now))
    const tampered = (key: string, value: string) => {
      const copy = new URLSearchParams(params)
      copy.set(key, value)
      return checkPreviewLink(copy, now)
    }
    expect(tampered('token', 'x'.repeat(43))).toEqual({ ok: false })
    expect(tampered('path', '/en/news/b')).toEqual({ ok: false })
    expect(tampered('expires', String(now + 10 ** 12))).toEqual({ ok: false })
    expect(isPreviewablePath('https://evil.example/')).toBe(false)
    expect(isPreviewablePath('//evil.example/en')).toBe(false)
    expect(isPreviewablePath('/en/news/a')).toBe(true)
  })
})
