import { parse } from 'csv-parse/sync'
import { expect, test } from '@playwright/test'

import { feedSchema, validateXml, xpathString } from '../support/xmllint'
import { adminHeaders, oneParagraph } from './support/admin-api'

/**
 * What editors type, at its worst, as the public reads it back: the feeds stay valid XML with the
 * text intact, and the CSV download cannot run anything in a spreadsheet. Production build.
 */

const stamp = Date.now().toString(36)

test('RSS and Atom stay valid whatever editors type in titles, summaries and category names', async ({ request }) => {
  const headers = await adminHeaders(request)
  const categoryName = `<b>Cat & "Co"</b> ${stamp}`
  const category = await request.post('/api/categories?locale=en', {
    headers,
    data: { name: categoryName, slug: `hostile-cat-${stamp}` },
  })
  expect(category.ok(), await category.text()).toBe(true)
  const categoryId = (await category.json()).doc.id
  const title = `Breaking ]]> twice ]]><injected>yes</injected> & <i>x</i> &nbsp; ${stamp}`
  const summary = `Control\u0001 characters\u001b and ]]> and </description> ${stamp}`
  const created = await request.post('/api/articles?locale=en&depth=0', {
    headers,
    data: {
      title,
      slug: `hostile-feed-${stamp}`,
      summary,
      body: oneParagraph('Body.'),
      category: categoryId,
      releaseDate: new Date(Date.now() + 60_000).toISOString(),
      _status: 'published',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const articleId = (await created.json()).doc.id
  try {
    const rss = await (await request.get('/en/rss.xml')).text()
    validateXml(rss, feedSchema.rss)
    expect(xpathString(rss, '/rss/channel/item[1]/title')).toBe(title)
    expect(xpathString(rss, '/rss/channel/item[1]/description')).toBe(
      `Control characters and ]]> and </description> ${stamp}`,
    )
    expect(xpathString(rss, '/rss/channel/item[1]/category')).toBe(categoryName)
    expect(xpathString(rss, 'count(//injected)')).toBe('0')

    const atom = await (await request.get('/en/atom.xml')).text()
    validateXml(atom, feedSchema.atom)
    const entry = "/*[local-name()='feed']/*[local-name()='entry'][1]"
    expect(xpathString(atom, `${entry}/*[local-name()='title']`)).toBe(title)
    expect(xpathString(atom, `${entry}/*[local-name()='category']/@term`)).toBe(categoryName)
    // The other language's feeds are valid too (the article is English only).
    validateXml(await (await request.get('/zh/rss.xml')).text(), feedSchema.rss)
    validateXml(await (await request.get('/zh/atom.xml')).text(), feedSchema.atom)
  } finally {
    await request.delete(`/api/articles/${articleId}`, { headers })
    await request.delete(`/api/categories/${categoryId}`, { headers })
  }
})

test('the public CSV download neutralizes formulas, keeps numbers, and imports back unchanged', async ({ request }) => {
  const headers = await adminHeaders(request)
  const entries = [
    {
      rank: 1,
      previousRank: 3,
      nameEn: '=HYPERLINK("https://evil.example","Click me")',
      nameZh: '+86 集群',
      economies: ['CN'],
      pctShare: 2.5,
    },
    { rank: 2, nameEn: '@SUM(1+1)*cmd|"/c calc"!A0', nameZh: '-2+3', economies: ['US'], reference: '=1+1' },
    { rank: 3, nameEn: "'=already quoted", economies: ['DE'] },
    { rank: 4, nameEn: 'Plain – Name, with comma', economies: ['JP'], pctShare: 0.4 },
  ]
  const created = await request.post('/api/ranking-datasets?locale=en&depth=0', {
    headers,
    data: { title: `Hostile CSV ${stamp}`, year: 2025, entries },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const dataset = (await created.json()).doc
  try {
    const response = await request.get(`/api/ranking-datasets/${dataset.id}/csv`)
    expect(response.headers()['content-type']).toContain('text/csv')
    const csv = await response.text()
    const [header, ...rows]: string[][] = parse(csv)
    const column = (name: string) => header.indexOf(name)
    // Every text cell a spreadsheet would evaluate starts with an apostrophe instead.
    for (const row of rows) {
      for (const name of ['cluster_en', 'cluster_zh', 'source']) {
        expect(row[column(name)], `${name}: ${row[column(name)]}`).not.toMatch(/^[=+\-@\t\r]/)
      }
    }
    expect(rows[0][column('cluster_en')]).toBe('\'=HYPERLINK("https://evil.example","Click me")')
    expect(rows[1][column('cluster_zh')]).toBe("'-2+3")
    expect(rows[2][column('cluster_en')]).toBe("''=already quoted")
    expect(rows[3][column('cluster_en')]).toBe('Plain – Name, with comma')
    // Numbers are left as numbers.
    expect(rows[0][column('rank_prev')]).toBe('3')
    expect(rows[0][column('pct_share_pct')]).toBe('2.5')

    // The downloaded file, imported as it is, leaves every entry as it was.
    const imported = await request.post(`/api/ranking-datasets/${dataset.id}/import`, {
      headers,
      data: { csv, dryRun: false },
    })
    expect(imported.ok(), await imported.text()).toBe(true)
    const after = await (await request.get(`/api/ranking-datasets/${dataset.id}?depth=0&locale=en`, { headers })).json()
    expect(
      after.entries.map(({ nameEn, nameZh, reference }: Record<string, string | null>) => ({
        nameEn,
        nameZh,
        reference: reference ?? undefined,
      })),
    ).toEqual(entries.map(({ nameEn, nameZh, reference }) => ({ nameEn, nameZh: nameZh ?? null, reference })))
  } finally {
    await request.delete(`/api/ranking-datasets/${dataset.id}`, { headers })
  }
})

test('a real favicon and apple-touch-icon; a missing media file is a 404', async ({ request }) => {
  const ico = await request.get('/favicon.ico')
  expect(ico.status()).toBe(200)
  expect(ico.headers()['content-type']).toContain('image/x-icon')
  const icoBytes = await ico.body()
  expect([...icoBytes.subarray(0, 4)]).toEqual([0, 0, 1, 0])
  const apple = await request.get('/apple-touch-icon.png')
  expect(apple.status()).toBe(200)
  expect(apple.headers()['content-type']).toBe('image/png')
  const html = await (await request.get('/en')).text()
  expect(html).toMatch(/<link rel="icon" href="\/favicon\.ico"/)
  expect(html).toMatch(/<link rel="apple-touch-icon" href="\/apple-touch-icon\.png"/)
  const missing = await request.get('/api/media/file/never-uploaded.png')
  expect(missing.status()).toBe(404)
})
