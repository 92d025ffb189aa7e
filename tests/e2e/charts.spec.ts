import { type Page, expect, test } from '@playwright/test'

import { locales } from '../../lib/i18n/routing'
import { GII_ARTICLE_SLUG } from '../../lib/seed/content'
import { adminHeaders } from './support/admin-api'
import { chartProblems } from './support/chart-geometry'

const GII = `/news/${GII_ARTICLE_SLUG}`
/** The smallest a chart's text may be drawn once CSS has scaled the drawing to its column. */
const MIN_FONT_PX = 9

interface Entry {
  rank: number
  nameEn: string
  nameZh: string | null
  pctShare: number | null
  publicationsShare: number | null
  vcDealsShare: number | null
}

test.describe('charts without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the GII article’s HTML holds each of its three charts drawn wide and narrow, ten bars, and Chinese names on /zh', async ({
    page,
  }) => {
    await page.goto(`/en${GII}`)
    for (const size of ['wide', 'narrow']) {
      await expect(page.locator(`.chart__drawing--${size} svg.recharts-surface`)).toHaveCount(3)
      const bar = page.locator(`[data-chart-kind="rankingBar"] .chart__drawing--${size}`)
      await expect(bar.locator('.recharts-bar-rectangle path')).toHaveCount(10)
      await expect(bar.locator('svg')).toContainText('1. Shenzhen–Hong Kong–Guangzhou')
    }
    await expect(page.locator('[data-chart-kind="rankMovement"] .chart__summary')).toHaveText(
      'Shenzhen–Hong Kong–Guangzhou ranks first, overtaking Tokyo–Yokohama.',
    )

    await page.goto(`/zh${GII}`)
    const zh = page.locator('[data-chart-kind="rankingBar"] .chart__canvas')
    await expect(zh).toContainText('深圳–香港–广州')
    await expect(zh).not.toContainText('Tokyo')
  })
})

for (const locale of locales) {
  const leader = locale === 'en' ? '1. Shenzhen–Hong Kong–Guangzhou' : '1. 深圳–香港–广州'
  for (const width of [320, 375, 768, 1280]) {
    test(`${locale} at ${width} px: every chart is whole, labels inside and apart, readable, no sideways scroll`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`/${locale}${GII}`)
      // Pictures first, so a failure can be looked at.
      const figures = page.locator('figure.chart')
      for (let index = 0; index < (await figures.count()); index++) {
        const kind = await figures.nth(index).getAttribute('data-chart-kind')
        await figures.nth(index).screenshot({ path: testInfo.outputPath(`${locale}-${width}-${kind}.png`) })
      }
      const { charts, texts, problems } = await page.evaluate(chartProblems, MIN_FONT_PX)
      expect(charts).toBe(3)
      expect(problems).toEqual([])
      // The leader's full label, in the rank movement and the ranking chart.
      expect(texts.filter((text) => text === leader)).toHaveLength(2)
    })
  }
}

test('the about page’s chart is whole on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 })
  for (const locale of locales) {
    await page.goto(`/${locale}/about`)
    const { charts, problems } = await page.evaluate(chartProblems, MIN_FONT_PX)
    expect(charts).toBe(1)
    expect(problems).toEqual([])
  }
})

test('Live Preview at phone width shows the narrow drawings, whole, with their tooltips', async ({ page, request }) => {
  // A user of its own: Payload remembers whether Live Preview was left open, per user.
  const headers = await adminHeaders(request)
  const user = { email: `preview-${Date.now().toString(36)}@example.com`, password: `preview-${Date.now()}-pass` }
  const created = await request.post('/api/users', { headers, data: { ...user, role: 'editor', name: 'Preview' } })
  expect(created.ok(), await created.text()).toBe(true)
  const userId = (await created.json()).doc.id
  try {
    const found = await request.get(`/api/articles?where[slug][equals]=${GII_ARTICLE_SLUG}&depth=0&limit=1`)
    const { id } = (await found.json()).docs[0]
    await page.goto('/admin/login')
    await page.locator('input[name="email"]').fill(user.email)
    await page.locator('input[name="password"]').fill(user.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/admin\/?$/)
    await page.goto(`/admin/collections/articles/${id}?locale=en`)
    await page.getByRole('button', { name: 'Live Preview' }).click()
    await page.locator('.live-preview-toolbar select, .live-preview-toolbar-controls .popup-button').first().click()
    await page
      .getByRole('button', { name: /^(手机 · )?Phone$/ })
      .or(page.getByRole('option', { name: /Phone$/ }))
      .first()
      .click()
    await expect
      .poll(async () => (await page.locator('#live-preview-iframe').boundingBox())?.width, { timeout: 10_000 })
      .toBeLessThanOrEqual(375)
    const frame = page.frameLocator('#live-preview-iframe')
    await expect(frame.locator('.chart__drawing--narrow svg').first()).toBeVisible({ timeout: 20_000 })
    await expect(frame.locator('.chart__drawing--wide svg').first()).toBeHidden()
    // Draft mode keeps React: the charts are hydrated, and the tooltip script serves them too.
    await expect(frame.locator('script[src*="/_next/"]').first()).toBeAttached()
    const bar = frame.locator('[data-chart-kind="rankingBar"] .chart__drawing--narrow [data-tip]').first()
    await bar.scrollIntoViewIfNeeded()
    await bar.hover()
    await expect(frame.getByRole('tooltip')).toHaveText('1. Shenzhen–Hong Kong–Guangzhou: #1')

    const figures = frame.locator('figure.chart')
    for (let index = 0; index < (await figures.count()); index++) {
      await figures.nth(index).screenshot({ path: test.info().outputPath(`live-preview-phone-${index + 1}.png`) })
    }
    const preview = page.frames().find((candidate) => candidate.url().includes(GII))
    expect(preview, 'the preview frame shows the GII article').toBeDefined()
    const { charts, texts, problems } = await preview!.evaluate(chartProblems, MIN_FONT_PX)
    expect(charts).toBe(3)
    expect(problems).toEqual([])
    // Hydrated, the charts draw exactly what the server drew for visitors on a phone.
    await page.setViewportSize({ width: 375, height: 800 })
    await page.goto(`/en${GII}`)
    expect(texts).toEqual((await page.evaluate(chartProblems, MIN_FONT_PX)).texts)
  } finally {
    await request.delete(`/api/users/${userId}`, { headers })
  }
})

test('a tooltip appears on hover once JavaScript runs, and goes when the pointer leaves', async ({ page }) => {
  await page.goto(`/en${GII}`, { waitUntil: 'networkidle' })
  const chart = page.locator('[data-chart-kind="rankingBar"]')
  await chart.scrollIntoViewIfNeeded()
  await chart.locator('[data-tip]').first().hover()
  await expect(page.getByRole('tooltip')).toHaveText('1. Shenzhen–Hong Kong–Guangzhou: #1')
  await page.locator('h1').hover()
  await expect(page.getByRole('tooltip')).toBeHidden()

  const metrics = page.locator('[data-chart-kind="keyMetrics"]')
  await metrics.scrollIntoViewIfNeeded()
  await metrics.locator('[data-tip]').first().hover()
  await expect(page.getByRole('tooltip')).toContainText('Shenzhen–Hong Kong–Guangzhou ·')

  // The phone drawing's bars carry the same tips.
  await page.setViewportSize({ width: 375, height: 800 })
  await chart.locator('.chart__drawing--narrow [data-tip]').first().hover()
  await expect(page.getByRole('tooltip')).toHaveText('1. Shenzhen–Hong Kong–Guangzhou: #1')
})

async function dataset(page: Page): Promise<{ id: number | string; entries: Entry[] }> {
  const response = await page.request.get('/api/ranking-datasets?where[year][equals]=2025&depth=0')
  const json = (await response.json()) as { docs: { id: number | string; entries: Entry[] }[] }
  return json.docs[0]
}

test('the data table shows the dataset’s numbers, with n/a for unknown values', async ({ page }) => {
  const { entries } = await dataset(page)
  await page.goto(`/en${GII}`)
  const figure = page.locator('[data-chart-kind="keyMetrics"]')
  await figure.getByText('Show the figures as a table').click()
  const rows = figure.locator('tbody tr')
  expect(await rows.count()).toBe(6)
  for (let index = 0; index < 6; index++) {
    const row = rows.nth(index)
    const rank = Number(await row.locator('td').first().textContent())
    const entry = entries.find((candidate) => candidate.rank === rank)!
    await expect(row.locator('th')).toHaveText(entry.nameEn)
    for (const metric of ['pctShare', 'publicationsShare', 'vcDealsShare'] as const) {
      const value = entry[metric]
      await expect(row.locator(`td[data-metric="${metric}"]`)).toHaveText(value === null ? 'n/a' : value.toFixed(1))
    }
  }
})

test('the CSV link downloads the dataset', async ({ page }) => {
  const { entries } = await dataset(page)
  await page.goto(`/en${GII}`)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-chart-kind="rankingBar"]').getByRole('link', { name: 'Download data (CSV)' }).click(),
  ])
  const stream = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  const lines = Buffer.concat(chunks).toString('utf8').trim().split('\n')
  expect(lines[0]).toBe(
    'year,rank,cluster_en,cluster_zh,economies,pct_share_pct,publications_share_pct,vc_deals_share_pct,rank_prev,source',
  )
  expect(lines).toHaveLength(entries.length + 1)
  expect(lines[1]).toMatch(/^2025,1,Shenzhen–Hong Kong–Guangzhou,深圳–香港–广州,CN;HK,9,2.4,2.9,2,/)
})

/** Every script file the browser loads for a page, after scrolling to its end. */
async function scriptsLoaded(page: Page, path: string): Promise<string[]> {
  const scripts: string[] = []
  const listener = (request: { resourceType(): string; url(): string }) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  }
  page.on('request', listener)
  await page.goto(path, { waitUntil: 'networkidle' })
  await page.mouse.wheel(0, 20_000)
  await page.waitForLoadState('networkidle')
  page.off('request', listener)
  return scripts
}

test('public pages load no framework JavaScript; a chart page loads only its tooltip script', async ({ page }) => {
  expect(await scriptsLoaded(page, `/en${GII}`)).toEqual(['/chart-tooltips.js'])
  expect(await scriptsLoaded(page, `/zh${GII}`)).toEqual(['/chart-tooltips.js'])
  for (const path of ['/en/news/wuhan-subsidiary-office', '/en/news', '/zh', '/en/tags/wipo']) {
    expect(await scriptsLoaded(page, path), path).toEqual([])
  }
})

test('an MDX page embeds a chart from the dataset, in its language', async ({ page }) => {
  await page.goto('/zh/about')
  const figure = page.locator('[data-chart-kind="rankingBar"]')
  await expect(figure.locator('.chart__drawing--wide svg.recharts-surface')).toBeVisible()
  await expect(figure.locator('.chart__drawing--wide .recharts-bar-rectangle path')).toHaveCount(5)
  await expect(figure.locator('.chart__drawing--wide svg')).toContainText('东京–横滨')
})

test('editing the dataset updates the article that embeds it, without a rebuild', async ({ page, request }) => {
  const headers = await adminHeaders(request)
  const current = await dataset(page)
  const entries = current.entries.map((entry) =>
    entry.rank === 2 ? { ...entry, nameEn: 'Tokyo–Yokohama (edited)' } : entry,
  )
  const patch = (body: unknown) =>
    request.patch(`/api/ranking-datasets/${current.id}?locale=en`, { headers, data: body })
  expect((await patch({ entries })).ok()).toBe(true)
  try {
    await page.goto(`/en${GII}`)
    await expect(page.locator('[data-chart-kind="rankingBar"] .chart__drawing--wide svg')).toContainText(
      'Tokyo–Yokohama (edited)',
    )
    await expect(page.locator('[data-chart-kind="rankingBar"] .chart__drawing--narrow svg')).toContainText(
      'Tokyo–Yokohama (edited)',
    )
  } finally {
    expect((await patch({ entries: current.entries })).ok()).toBe(true)
  }
  await page.goto(`/en${GII}`)
  await expect(page.locator('[data-chart-kind="rankingBar"] .chart__canvas')).not.toContainText('(edited)')
})
