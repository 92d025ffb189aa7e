import { expect, test } from '@playwright/test'

import { adminCredentials, adminHeaders, oneParagraph } from './support/admin-api'

/** What a reader sees on the search page, in both languages, from the production build. */

test('en: results show where the word was found, marked, and the page stays out of search engines', async ({
  page,
}) => {
  await page.goto('/en/search?q=WIPO')
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “WIPO”$/)
  const first = page.locator('.card').first()
  await expect(first.locator('.card__snippet mark').first()).toHaveText(/^wipo$/i)
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
})

test('zh: a two-character word is found inside longer Chinese text and marked', async ({ page }) => {
  await page.goto(`/zh/search?q=${encodeURIComponent('深圳')}`)
  await expect(page.getByRole('status')).toContainText('“深圳”的搜索结果')
  const marks = page.locator('.card__snippet mark')
  await expect(marks.first()).toHaveText('深圳')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
})

test('zh: a mixed query finds articles holding both, and a miss says so', async ({ page }) => {
  await page.goto(`/zh/search?q=${encodeURIComponent('WIPO 创新')}`)
  await expect(page.locator('.card').first()).toBeVisible()
  await page.goto(`/zh/search?q=${encodeURIComponent('龘靐齉')}`)
  await expect(page.locator('.empty-state')).toContainText('没有与“龘靐齉”匹配的文章')
})

test('a stored <script> in a body is shown as text in the snippet, never run; a publish shows up at once', async ({
  page,
  request,
}) => {
  const headers = await adminHeaders(request)
  const word = `zqhostile${Date.now().toString(36).replace(/\d/g, '')}`
  const categories = await (await request.get('/api/categories?limit=1&depth=0', { headers })).json()
  const created = await request.post('/api/articles?locale=en', {
    headers,
    data: {
      title: `Hostile snippet ${word}`,
      summary: 'A body with markup in it.',
      body: oneParagraph(
        `Before <script>window.__ran = true</script> <img src=x onerror="window.__ran = true"> ${word} after.`,
      ),
      category: categories.docs[0].id,
      _status: 'published',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const { doc } = await created.json()
  try {
    page.on('dialog', (dialog) => dialog.dismiss())
    await page.goto(`/en/search?q=${word}`)
    const snippet = page.locator('.card__snippet')
    await expect(snippet.locator('mark')).toHaveText(word)
    await expect(snippet).toContainText('<script>window.__ran = true</script>')
    expect(await snippet.locator('script, img').count()).toBe(0)
    expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined()
  } finally {
    await request.delete(`/api/articles/${doc.id}`, { headers })
  }
  // Deleted: the cached results for that word are gone with it.
  await page.goto(`/en/search?q=${word}`)
  await expect(page.locator('.empty-state')).toBeVisible()
})

for (const width of [375, 1280]) {
  test(`search results at ${width} px, both languages (screenshots)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    for (const [locale, query] of [
      ['en', 'patent'],
      ['zh', '专利'],
    ] as const) {
      await page.goto(`/${locale}/search?q=${encodeURIComponent(query)}`)
      await expect(page.locator('.card__snippet mark').first()).toBeVisible()
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      await page.screenshot({ path: test.info().outputPath(`search-${locale}-${width}.png`), fullPage: false })
    }
  })
}

test('admin: the articles list search finds a Chinese word with the English locale shown, and an English one with the Chinese', async ({
  page,
}) => {
  const { email, password } = adminCredentials()
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)
  // Seed articles in one language only: with the other language shown they have no title there
  // ("<No Title>"), and only their own language's words can have found them.
  for (const [locale, word] of [
    ['en', '深圳'],
    ['zh', 'trademark'],
  ] as const) {
    await page.goto(`/admin/collections/articles?locale=${locale}`)
    const rows = page.locator('table tbody tr')
    await expect(rows.first()).toBeVisible()
    const all = await rows.count()
    const search = page.locator('.search-filter input, input.search-filter__input').first()
    await expect(search).toHaveAttribute('placeholder', 'Search by Title Or Summary')
    await search.fill(word)
    await expect(page).toHaveURL(new RegExp(`search=${encodeURIComponent(word)}`))
    await expect(rows.filter({ hasText: '<No Title>' }).first()).toBeVisible()
    expect(await rows.count()).toBeLessThan(all)
    await page.screenshot({ path: test.info().outputPath(`admin-search-${locale}.png`) })
  }
})
