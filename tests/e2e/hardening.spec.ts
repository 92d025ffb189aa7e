import { type Page, expect, test } from '@playwright/test'

import { GII_ARTICLE_SLUG } from '../../lib/seed/content'
import { adminCredentials } from './support/admin-api'

const GII = `/en/news/${GII_ARTICLE_SLUG}`

/** Loads a page and collects whatever the browser refused under the page's policy. */
async function violations(page: Page, path: string): Promise<string[]> {
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
  })
  // Network idle: every script has loaded and run, so every refusal has been reported.
  await page.goto(path, { waitUntil: 'networkidle' })
  return refused
}

test.describe('Content-Security-Policy', () => {
  test('cached pages share one policy without a nonce; pages rendered per request get a fresh nonce', async ({
    request,
  }) => {
    const policyOf = async (path: string) => (await request.get(path)).headers()['content-security-policy'] ?? ''
    // The same bytes for every reader: no inline script to allow, nothing minted per response.
    for (const path of ['/en', '/zh/news', GII]) {
      const [first, second] = [await policyOf(path), await policyOf(path)]
      expect(first, path).toMatch(/script-src 'self'(;|$)/)
      expect(second, path).toBe(first)
    }
    const nonces = new Set<string>()
    for (const path of ['/en/search?q=patent', '/zh/search?q=patent', '/en/no-such-page']) {
      const policy = await policyOf(path)
      expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'(;|$)/)
      nonces.add(/nonce-([^']+)/.exec(policy)![1])
    }
    expect(nonces.size).toBe(3)
    // A cached route's 404 is Next's empty shell, filled in by its inline scripts (see edge-headers.cjs).
    expect(await policyOf('/en/news/no-such-article')).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/)
    for (const path of ['/en', '/en/search?q=patent', '/en/news/no-such-article']) {
      const policy = await policyOf(path)
      expect(policy).toContain("object-src 'none'")
      expect(policy).toContain("frame-ancestors 'self'")
    }
  })

  test('no page breaks its own policy: cached pages, the chart tooltips, hydrated search results, a 404', async ({
    page,
  }) => {
    for (const path of [
      '/en',
      GII,
      '/zh/search?q=%E4%B8%93%E5%88%A9',
      '/en/news/no-such-article',
      '/en/no-such-page',
    ]) {
      expect(await violations(page, path), path).toEqual([])
    }
    // The tooltip script ran under the policy.
    // The tooltip script loads async: wait for it before pointing at a bar.
    await page.goto(GII, { waitUntil: 'networkidle' })
    await page.locator('[data-chart-kind="rankingBar"] [data-tip]').first().hover()
    await expect(page.getByRole('tooltip')).toBeVisible()
  })

  test('an injected inline script would not run', async ({ page }) => {
    await page.goto('/en')
    // An inline script runs as it is inserted, if the policy lets it.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.body.append(script)
      return (window as unknown as { __injected?: boolean }).__injected === true
    })
    expect(ran).toBe(false)
  })
})

test('the session cookie is HttpOnly and SameSite=Lax, and not Secure over plain HTTP', async ({ request }) => {
  const response = await request.post('/api/users/login', { data: adminCredentials() })
  expect(response.ok()).toBe(true)
  const cookie = response
    .headersArray()
    .find((header) => header.name.toLowerCase() === 'set-cookie' && header.value.startsWith('payload-token='))
  expect(cookie?.value).toMatch(/;\s*HttpOnly/i)
  expect(cookie?.value).toMatch(/;\s*SameSite=Lax/i)
  expect(cookie?.value).not.toMatch(/;\s*Secure/i)
})

test('security headers on pages, the API and the admin', async ({ request }) => {
  for (const path of ['/en', '/api/articles?limit=1', '/admin/login']) {
    const headers = (await request.get(path)).headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options'], path).toBe('SAMEORIGIN')
    expect(headers['permissions-policy'], path).toContain('camera=()')
  }
})
