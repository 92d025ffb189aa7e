import { type Page, expect, test } from '@playwright/test'

const GII = '/news/gii-2025-innovation-clusters'

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

test('a tooltip appears on hover once JavaScript runs', async ({ page }) => {
  await page.goto(`/en${GII}`, { waitUntil: 'networkidle' })
  const chart = page.locator('[data-chart-kind="rankingBar"]')
  await chart.scrollIntoViewIfNeeded()
  await chart.locator('.recharts-bar-rectangle').first().hover()
  await expect(chart.locator('.recharts-tooltip-wrapper')).toContainText('Shenzhen–Hong Kong–Guangzhou')
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

/** Whether any script the page's own HTML loads (script tags and its RSC payload) contains the marker. */
async function scriptsMention(page: Page, path: string, marker: string): Promise<boolean> {
  const html = await (await page.request.get(path)).text()
  const chunks = [...new Set(html.match(/\/_next\/static\/chunks\/[\w.-]+\.js/g) ?? [])]
  expect(chunks.length).toBeGreaterThan(0)
  for (const chunk of chunks) {
    if ((await (await page.request.get(chunk)).text()).includes(marker)) return true
  }
  return false
}

test('recharts ships with the chart page and not with pages without charts', async ({ page }) => {
  expect(await scriptsMention(page, `/en${GII}`, 'recharts-surface')).toBe(true)
  expect(await scriptsMention(page, '/en/news/wuhan-subsidiary-office', 'recharts-surface')).toBe(false)
  expect(await scriptsMention(page, '/en/news', 'recharts-surface')).toBe(false)
  expect(await scriptsMention(page, '/zh', 'recharts-surface')).toBe(false)
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
