import { type Page, expect, test } from '@playwright/test'

import { GII_ARTICLE_SLUG } from '../../lib/seed/content'

const GII = `/news/${GII_ARTICLE_SLUG}`

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

  test('the GII article’s HTML holds three chart SVGs, ten bars, and Chinese names on /zh', async ({ page }) => {
    await page.goto(`/en${GII}`)
    await expect(page.locator('.chart__canvas svg.recharts-surface')).toHaveCount(3)
    const bar = page.locator('[data-chart-kind="rankingBar"]')
    await expect(bar.locator('.recharts-bar-rectangle path')).toHaveCount(10)
    await expect(bar.locator('svg')).toContainText('Shenzhen–Hong Kong–Guangzhou')
    await expect(page.locator('[data-chart-kind="rankMovement"] .chart__summary')).toHaveText(
      'Shenzhen–Hong Kong–Guangzhou ranks first, overtaking Tokyo–Yokohama.',
    )

    await page.goto(`/zh${GII}`)
    await expect(page.locator('[data-chart-kind="rankingBar"] svg')).toContainText('深圳–香港–广州')
    await expect(page.locator('[data-chart-kind="rankingBar"] svg')).not.toContainText('Tokyo')
  })
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
  expect(lines[0]).toBe('year,rank,cluster_en,cluster_zh,economies,pct_share_pct,publications_share_pct,vc_deals_share_pct,rank_prev,source')
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
  await expect(figure.locator('svg.recharts-surface')).toBeVisible()
  await expect(figure.locator('.recharts-bar-rectangle path')).toHaveCount(5)
  await expect(figure.locator('svg')).toContainText('东京–横滨')
})

test('editing the dataset updates the article that embeds it, without a rebuild', async ({ page, request }) => {
  const { adminHeaders } = await import('./support/admin-api')
  const headers = await adminHeaders(request)
  const current = await dataset(page)
  const entries = current.entries.map((entry) => (entry.rank === 2 ? { ...entry, nameEn: 'Tokyo–Yokohama (edited)' } : entry))
  const patch = (body: unknown) => request.patch(`/api/ranking-datasets/${current.id}?locale=en`, { headers, data: body })
  expect((await patch({ entries })).ok()).toBe(true)
  try {
    await page.goto(`/en${GII}`)
    await expect(page.locator('[data-chart-kind="rankingBar"] svg')).toContainText('Tokyo–Yokohama (edited)')
  } finally {
    expect((await patch({ entries: current.entries })).ok()).toBe(true)
  }
  await page.goto(`/en${GII}`)
  await expect(page.locator('[data-chart-kind="rankingBar"] svg')).not.toContainText('(edited)')
})
