import { expect, test } from '@playwright/test'

import { GII_ARTICLE_SLUG } from '../../lib/seed/content'
import { adminHeaders, oneParagraph } from './support/admin-api'
import { decodeQr } from './support/qr'

const GII = GII_ARTICLE_SLUG
const ENGLISH_ONLY = 'trademark-registration-china-foreign-brands'

for (const locale of ['en', 'zh'] as const) {
  const words =
    locale === 'en' ? { more: 'More news', release: 'Release Time:' } : { more: '更多新闻', release: '发布时间：' }

  test(`${locale}: home → news center → page 2 → an article`, async ({ page }) => {
    await page.goto(`/${locale}`)
    await page.getByRole('link', { name: words.more }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/news$`))
    await page
      .getByRole('navigation', { name: locale === 'en' ? 'Pages' : '分页' })
      .getByRole('link', { name: /^2$|page 2|第 2 页/i })
      .click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/news/page/2$`))
    const first = page.locator('.card__title a').first()
    const title = (await first.textContent())?.trim() ?? ''
    await first.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByText(words.release)).toBeVisible()
  })

  test(`${locale}: the GII article shows its date, body, source line, QR code and related news`, async ({ page }) => {
    await page.goto(`/${locale}/news/${GII}`)
    await expect(page.locator('.article__meta time')).toHaveText(locale === 'en' ? '2025-09-05' : '2025年9月5日')
    await expect(page.locator('.article-body .interview-question').first()).toContainText('Q1:')
    await expect(page.locator('.article__source')).toContainText(locale === 'en' ? 'Data source: WIPO' : '数据来源')
    const related = page.getByRole('region', { name: locale === 'en' ? 'Related News' : '相关新闻' })
    const relatedLinks = related.locator('.card__title a')
    expect(await relatedLinks.count()).toBeGreaterThan(0)
    expect(await relatedLinks.count()).toBeLessThanOrEqual(6)
    await expect(
      relatedLinks.filter({ hasText: /Global Innovation Index 2025: WIPO|世界知识产权组织发布2025/ }),
    ).toHaveCount(0)

    const other = locale === 'en' ? 'zh' : 'en'
    const qr = page.locator('.translation-qr__code')
    await qr.scrollIntoViewIfNeeded()
    const encoded = await decodeQr(await qr.screenshot())
    expect(encoded).toMatch(new RegExp(`/${other}/news/${GII}$`))
    await expect(page.locator('.translation-qr figcaption')).toContainText(
      locale === 'en' ? 'Chinese version' : '英文版',
    )
  })

  test(`${locale}: the language switch keeps the reader on the same article`, async ({ page }) => {
    await page.goto(`/${locale}/news/${GII}`)
    await page
      .getByRole('link', { name: locale === 'en' ? 'Read this site in Chinese' : 'Read this site in English' })
      .click()
    const other = locale === 'en' ? 'zh' : 'en'
    await expect(page).toHaveURL(new RegExp(`/${other}/news/${GII}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', other === 'zh' ? 'zh-CN' : 'en')
  })

  test(`${locale}: a tag page lists the tag’s articles`, async ({ page }) => {
    await page.goto(`/${locale}/tags`)
    await page.getByRole('link', { name: locale === 'en' ? /Innovation Clusters/ : /创新集群/ }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/tags/innovation-clusters$`))
    await expect(page.locator('.card__title a').first()).toBeVisible()
    await expect(page.locator(`.card__title a[href="/${locale}/news/${GII}"]`)).toBeVisible()
  })

  test(`${locale}: the footer shows the global’s phones and ICP number`, async ({ page }) => {
    await page.goto(`/${locale}/news`)
    const footer = page.getByRole('contentinfo')
    await expect(footer.locator('a[href^="tel:"]')).toHaveCount(3)
    await expect(footer.getByRole('link', { name: '粤ICP备2021174526号' })).toHaveAttribute(
      'href',
      /beian\.miit\.gov\.cn/,
    )
    await expect(footer.getByRole('img')).toHaveCount(2)
  })
}

test('zh: searching a Chinese substring finds the articles that contain it', async ({ page }) => {
  await page.goto('/zh/search')
  await page.getByRole('searchbox', { name: '搜索新闻' }).last().fill('创新集群')
  await page.getByRole('searchbox', { name: '搜索新闻' }).last().press('Enter')
  await expect(page.getByRole('status')).toContainText('“创新集群”的搜索结果：2 条')
  await expect(page.locator(`.card__title a[href="/zh/news/${GII}"]`)).toBeVisible()
})

test('en: searching an English word echoes the query; nonsense gets the empty state', async ({ page }) => {
  await page.goto('/en/search?q=venture')
  await expect(page.getByRole('searchbox', { name: 'Search the news' }).last()).toHaveValue('venture')
  await expect(page.getByRole('status')).toContainText(/\d+ results? for “venture”/)
  await page.goto(`/en/search?q=${encodeURIComponent('<script>zzqx</script>')}`)
  await expect(page.locator('.empty-state')).toContainText('No articles match “<script>zzqx</script>”')
})

test('the language switch on an untranslated article goes to the news center and says why', async ({ page }) => {
  await page.goto(`/en/news/${ENGLISH_ONLY}`)
  await expect(page.locator('.translation-qr')).toHaveCount(0)
  await page.getByRole('link', { name: 'Read this site in Chinese' }).click()
  await expect(page).toHaveURL(new RegExp(`/zh/news/untranslated/${ENGLISH_ONLY}$`))
  await expect(page.getByRole('status')).toContainText('暂无中文版本')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新闻中心')
})

test('unknown slugs, tags, categories and locales answer 404 with a way back', async ({ page }) => {
  for (const path of [
    '/en/news/no-such-article',
    '/zh/tags/no-such-tag',
    '/en/news/category/nope',
    '/zh/news/page/99',
    '/fr/news',
  ]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
  }
  await page.goto('/zh/news/no-such-article')
  await expect(page.getByRole('link', { name: '返回新闻中心' })).toBeVisible()
})

test('an article that shares no tag or category shows the empty state', async ({ page, request }) => {
  const headers = await adminHeaders(request)
  const stamp = Date.now()
  const category = await request.post('/api/categories?locale=en', {
    headers,
    data: { name: `Standalone ${stamp}`, slug: `standalone-${stamp}` },
  })
  expect(category.ok()).toBe(true)
  const { doc: categoryDoc } = await category.json()
  const article = await request.post('/api/articles?locale=en', {
    headers,
    data: {
      title: `A lone article ${stamp}`,
      summary: 'Nothing else shares its category or tags.',
      body: oneParagraph('A lone article.'),
      category: categoryDoc.id,
      releaseDate: new Date().toISOString(),
      _status: 'published',
    },
  })
  expect(article.ok()).toBe(true)
  const { doc } = await article.json()
  try {
    await page.goto(`/en/news/${doc.slug}`)
    const related = page.getByRole('region', { name: 'Related News' })
    await expect(related.getByText('There is currently no data available')).toBeVisible()

    // Without a cover, its card in a list gives the text the whole row, not the image's column.
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(`/en/news/category/${categoryDoc.slug}`)
    const card = page.locator('.card--row').filter({ hasText: doc.title })
    await expect(card.locator('img')).toHaveCount(0)
    const [cardBox, bodyBox] = await Promise.all([card.boundingBox(), card.locator('.card__body').boundingBox()])
    expect(bodyBox!.width).toBeGreaterThan(cardBox!.width * 0.9)
  } finally {
    await request.delete(`/api/articles/${doc.id}`, { headers })
    await request.delete(`/api/categories/${categoryDoc.id}`, { headers })
  }
})
