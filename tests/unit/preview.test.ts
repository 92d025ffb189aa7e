import { describe, expect, it } from 'vitest'

import {
  addToScope,
  articlePreviewUrl,
  checkPreviewLink,
  isPreviewablePath,
  readScope,
  scopeCookieValue,
} from '@/lib/preview'

const paramsOf = (url: string | null) => new URL(url!).searchParams
const now = Date.UTC(2026, 10, 30)
const day = 24 * 3600 * 1000

describe('preview links', () => {
  it('a link names one article and one language, and works until it expires', () => {
    const url = articlePreviewUrl('zh', 42, now + 7 * day)
    expect(checkPreviewLink(paramsOf(url), now + 1000)).toEqual({
      ok: true,
      id: '42',
      locale: 'zh',
      expires: now + 7 * day,
    })
    expect(checkPreviewLink(paramsOf(url), now + 8 * day)).toEqual({ ok: false })
    expect(articlePreviewUrl('en', 42)).toContain('/next/preview?id=42&locale=en&expires=')
  })

  it('refuses a forged token, another article, another language or a stretched expiry', () => {
    const params = paramsOf(articlePreviewUrl('en', 7, now + day))
    const tampered = (key: string, value: string) => {
      const copy = new URLSearchParams(params)
      copy.set(key, value)
      return checkPreviewLink(copy, now)
    }
    expect(tampered('token', 'x'.repeat(43))).toEqual({ ok: false })
    expect(tampered('id', '8')).toEqual({ ok: false })
    expect(tampered('locale', 'zh')).toEqual({ ok: false })
    expect(tampered('expires', String(now + 10 ** 12))).toEqual({ ok: false })
    expect(tampered('id', '../../x')).toEqual({ ok: false })
    expect(articlePreviewUrl('en', null)).toBeNull()
  })

  it('exits only to paths of this site', () => {
    expect(isPreviewablePath('https://evil.example/')).toBe(false)
    expect(isPreviewablePath('//evil.example/en')).toBe(false)
    expect(isPreviewablePath('/fr/news/a')).toBe(false)
    expect(isPreviewablePath('/en/news/a')).toBe(true)
    expect(isPreviewablePath('/zh')).toBe(true)
  })
})

describe('preview scope cookie', () => {
  it('names the articles opened by link, each until its own expiry', () => {
    let scope = addToScope([], { id: '1', expires: now + day }, now)
    scope = addToScope(scope, { id: '2', expires: now + 2 * day }, now)
    const cookie = scopeCookieValue(scope)
    expect(readScope(cookie, now)).toEqual([
      { id: '1', expires: now + day },
      { id: '2', expires: now + 2 * day },
    ])
    // After the first link's lifetime only the second article is still in scope.
    expect(readScope(cookie, now + day + 1)).toEqual([{ id: '2', expires: now + 2 * day }])
    expect(readScope(cookie, now + 3 * day)).toEqual([])
  })

  it('is worth nothing edited: another id, a later expiry or a cookie from elsewhere', () => {
    const cookie = scopeCookieValue([{ id: '1', expires: now + day }])
    expect(readScope(cookie.replace('1:', '2:'), now)).toEqual([])
    expect(readScope(cookie.replace(`:${now + day}`, `:${now + 99 * day}`), now)).toEqual([])
    expect(readScope(`1:${now + day},3:${now + day}.${cookie.split('.').pop()}`, now)).toEqual([])
    expect(readScope('garbage', now)).toEqual([])
    expect(readScope(undefined, now)).toEqual([])
  })

  it('opening a link again renews it; old entries fall out', () => {
    let scope = addToScope([], { id: '1', expires: now + day }, now)
    scope = addToScope(scope, { id: '1', expires: now + 3 * day }, now)
    expect(scope).toEqual([{ id: '1', expires: now + 3 * day }])
    for (let id = 2; id <= 30; id++) scope = addToScope(scope, { id: String(id), expires: now + day }, now)
    expect(scope).toHaveLength(20)
    expect(scope.at(-1)?.id).toBe('30')
  })
})
