import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type APIRequestContext, expect, test } from '@playwright/test'
import Parser from 'rss-parser'

import { adminHeaders } from './support/admin-api'

/** What search engines read, page type by page type, in both languages, from the production build. */

interface Head {
  title: string
  description: string | null
  canonical: string | null
  robots: string | null
  alternates: Record<string, string>
  jsonLd: Record<string, any>[]
  feeds: string[]
}

async function head(request: APIRequestContext, url: string): Promise<Head> {
  const response = await request.get(url)
  expect(response.status(), url).toBe(200)
  const html = await response.text()
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? null
  const tags = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[0])
  const decode = (text: string) =>
    text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'")
  const alternates: Record<string, string> = {}
  for (const tag of tags(/<link rel="alternate" hrefLang="[^"]+" href="[^"]+"\/>/g)) alternates[attr(tag, 'hrefLang')!] = attr(tag, 'href')!
  return {
    title: decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
    description: attr(tags(/<meta name="description"[^>]*>/g)[0] ?? '', 'content'),
    canonical: attr(tags(/<link rel="canonical"[^>]*>/g)[0] ?? '', 'href'),
    robots: attr(tags(/<meta name="robots"[^>]*>/g)[0] ?? '', 'content'),
    alternates,
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].flatMap((match) => JSON.parse(match[1])),
    feeds: tags(/<link rel="alternate" type="application\/(rss|atom)\+xml"[^>]*>/g).map((tag) => attr(tag, 'href')!),
  }
}

interface ArticleRow {
  id: number
  slug: string
  title: string
  completeIn: string
  _status: string
  releaseDate: string
}

/** Articles as the admin sees them (drafts included), with which languages are complete. */
async function allArticles(request: APIRequestContext): Promise<ArticleRow[]> {
  const headers = await adminHeaders(request)
  // Stored documents, not latest drafts: a published article with a newer draft is still live.
  const response = await request.get('/api/articles?limit=200&depth=0&locale=en&sort=-releaseDate', { headers })
  return (await response.json()).docs
}

const origin = () => test.info().project.use.baseURL!

test.describe('metadata', () => {
  test('every page type has a unique title and a description, in both languages', async ({ request }) => {
    const articles = (await allArticles(request)).filter((article) => article._status === 'published' && article.completeIn === 'en,zh')
    const category = (await (await request.get('/api/categories?limit=1&locale=en')).json()).docs[0].slug
    const tag = (await (await request.get('/api/tags?limit=1&locale=en')).json()).docs[0].slug
    const pages = ['', '/news', '/news/page/2', `/news/category/${category}`, '/tags', `/tags/${tag}`, '/about', '/services', '/search']
    const urls = ['en', 'zh'].flatMap((locale) => [
      ...pages.map((page) => `/${locale}${page}`),
      ...articles.slice(0, 2).map((article) => `/${locale}/news/${article.slug}`),
    ])
    const seen = new Map<string, string>()
    for (const url of urls) {
      const { title, description } = await head(request, url)
      expect(title, url).toMatch(/\S.*\|.+/)
      expect(description?.length ?? 0, `description of ${url}`).toBeGreaterThanOrEqual(10)
      expect(seen.get(title), `${url} has the same title as ${seen.get(title)}`).toBeUndefined()
      seen.set(title, url)
    }
  })

  test('canonical URLs: page 2 and filtered lists point to themselves, duplicates to one place', async ({ request }) => {
    expect((await head(request, '/en/news/page/2')).canonical).toBe(`${origin()}/en/news/page/2`)
    const category = (await (await request.get('/api/categories?limit=1&locale=zh')).json()).docs[0].slug
    expect((await head(request, `/zh/news/category/${category}`)).canonical).toBe(`${origin()}/zh/news/category/${category}`)
    expect((await head(request, '/en/news?utm_source=newsletter')).canonical).toBe(`${origin()}/en/news`)
    const pageOne = await request.get('/en/news/page/1', { maxRedirects: 0 })
    expect(pageOne.status()).toBe(308)
    const results = await head(request, '/en/search?q=patent')
    expect(results.robots).toContain('noindex')
    expect(results.canonical).toBe(`${origin()}/en/search`)
  })

  test('language alternates are reciprocal, include x-default, and name only translations that exist', async ({ request }) => {
    const articles = (await allArticles(request)).filter((article) => article._status === 'published')
    const both = articles.find((article) => article.completeIn === 'en,zh')!
    for (const page of ['', '/news', '/tags', `/news/${both.slug}`]) {
      const en = await head(request, `/en${page}`)
      const zh = await head(request, `/zh${page}`)
      const expected = { en: `${origin()}/en${page}`, 'zh-CN': `${origin()}/zh${page}`, 'x-default': `${origin()}/en${page}` }
      expect(en.alternates, page).toEqual(expected)
      expect(zh.alternates, page).toEqual(expected)
    }
    const englishOnly = articles.find((article) => article.completeIn === 'en')!
    const lonely = await head(request, `/en/news/${englishOnly.slug}`)
    expect(lonely.alternates).toEqual({})
    expect(lonely.canonical).toBe(`${origin()}/en/news/${englishOnly.slug}`)
  })

  test('Open Graph and Twitter cards describe an article, with a 1200×630 image', async ({ request }) => {
    const response = await request.get('/zh/news/gii-2025-innovation-clusters')
    const html = await response.text()
    const og = (property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1]
    expect(og('og:type')).toBe('article')
    expect(og('og:locale')).toBe('zh_CN')
    expect(og('og:locale:alternate')).toBe('en_US')
    expect(og('article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(og('article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(og('og:image:width')).toBe('1200')
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>')
    const image = await request.get(og('og:image')!)
    expect(image.status()).toBe(200)
    expect(image.headers()['content-type']).toMatch(/^image\//)
  })

  test('an article without a cover gets a generated card with its Chinese title', async ({ request }) => {
    const card = await request.get('/zh/news/gii-2025-innovation-clusters/og')
    expect(card.status()).toBe(200)
    expect(card.headers()['content-type']).toBe('image/png')
    const png = await card.body()
    expect(png.readUInt32BE(16)).toBe(1200)
    expect(png.readUInt32BE(20)).toBe(630)
    expect((await request.get('/zh/news/no-such-article/og')).status()).toBe(404)
  })
})

test.describe('structured data', () => {
  test('an article carries NewsArticle and BreadcrumbList', async ({ request }) => {
    for (const locale of ['en', 'zh']) {
      const { jsonLd } = await head(request, `/${locale}/news/gii-2025-innovation-clusters`)
      const article = jsonLd.find((item) => item['@type'] === 'NewsArticle')!
      expect(article.headline).toBeTruthy()
      expect(article.description).toBeTruthy()
      expect(Number(article.image[0].width)).toBeGreaterThanOrEqual(1200)
      expect(Date.parse(article.datePublished)).not.toBeNaN()
      expect(Date.parse(article.dateModified)).not.toBeNaN()
      expect(article.author[0].name).toBeTruthy()
      expect(article.publisher.logo.url).toMatch(/\/logo\.png$/)
      expect(article.inLanguage).toBe(locale === 'zh' ? 'zh-CN' : 'en')
      expect(article.mainEntityOfPage['@id']).toBe(`${origin()}/${locale}/news/gii-2025-innovation-clusters`)
      expect((await request.get(article.publisher.logo.url)).status()).toBe(200)
      const trail = jsonLd.find((item) => item['@type'] === 'BreadcrumbList')!
      expect(trail.itemListElement.map((item: { position: number }) => item.position)).toEqual([1, 2, 3])
      expect(trail.itemListElement.at(-1).item).toBe(article.mainEntityOfPage['@id'])
    }
  })

  test('the home page carries Organization (contacts from the footer) and WebSite with a SearchAction', async ({ request }) => {
    const settings = await (await request.get('/api/globals/site-settings?locale=zh')).json()
    const { jsonLd } = await head(request, '/zh')
    const organization = jsonLd.find((item) => item['@type'] === 'Organization')!
    expect(organization.name).toBe(settings.companyName)
    expect(organization.contactPoint.map((point: { telephone: string }) => point.telephone)).toEqual(
      settings.telephones.map((phone: { number: string }) => phone.number),
    )
    expect(organization.address[0].streetAddress).toBe(settings.offices[0].address)
    const site = jsonLd.find((item) => item['@type'] === 'WebSite')!
    expect(site.potentialAction.target.urlTemplate).toBe(`${origin()}/zh/search?q={search_term_string}`)
    expect(site.potentialAction['query-input']).toBe('required name=search_term_string')
  })

  test('an editor’s "</script>" in a title stays inside the JSON-LD and runs nothing', async ({ page, request }) => {
    const headers = await adminHeaders(request)
    const category = (await (await request.get('/api/categories?limit=1')).json()).docs[0]
    const title = `</script><script>alert(1)</script> Hostile ${Date.now().toString(36)}`
    const body = {
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text: 'Body.', format: 0, style: '', mode: 'normal', detail: 0 }] }],
      },
    }
    const created = await request.post('/api/articles?locale=en', {
      headers,
      data: { title, slug: `hostile-${Date.now().toString(36)}`, summary: 'Summary <img src=x onerror=alert(2)>', body, category: category.id, _status: 'published' },
    })
    expect(created.ok(), await created.text()).toBe(true)
    const { doc } = await created.json()
    try {
      const dialogs: string[] = []
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message())
        await dialog.dismiss()
      })
      await page.goto(`/en/news/${doc.slug}`)
      await expect(page.locator('h1')).toHaveText(title)
      const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
      const parsed = scripts.flatMap((text) => JSON.parse(text))
      expect(parsed.find((item) => item['@type'] === 'NewsArticle').headline).toBe(title)
      expect(dialogs).toEqual([])
      // The sitemap and the feed list it at once, and keep it inert too.
      expect(await (await request.get('/sitemap.xml')).text()).toContain(`/en/news/${doc.slug}`)
      const feed = await new Parser().parseString(await (await request.get('/en/rss.xml')).text())
      expect(feed.items[0].title).toBe(title)
    } finally {
      await request.delete(`/api/articles/${doc.id}`, { headers })
    }
    expect(await (await request.get('/sitemap.xml')).text()).not.toContain(`/en/news/${doc.slug}`)
  })
})

test.describe('sitemap, robots and feeds', () => {
  test('the sitemap lists every published translation and nothing else', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text()
    const locs = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1].replace(origin(), '')))
    for (const article of await allArticles(request)) {
      for (const locale of ['en', 'zh']) {
        const listed = locs.has(`/${locale}/news/${article.slug}`)
        const visible = article._status === 'published' && article.completeIn.split(',').includes(locale)
        expect(listed, `${article.slug} in ${locale} (${article._status}, complete: ${article.completeIn})`).toBe(visible)
      }
    }
    for (const page of ['/en', '/zh', '/en/news', '/zh/tags', '/en/about']) expect(locs.has(page), page).toBe(true)
    expect([...locs].some((loc) => loc.includes('/search'))).toBe(false)
    // Language alternates: an article in both languages names both, and x-default.
    expect(xml).toMatch(
      /<loc>[^<]+\/zh\/news\/gii-2025-innovation-clusters<\/loc><lastmod>[^<]+<\/lastmod><xhtml:link rel="alternate" hreflang="en" href="[^"]+\/en\/news\/gii-2025-innovation-clusters"\/><xhtml:link rel="alternate" hreflang="zh-CN"[^>]+\/><xhtml:link rel="alternate" hreflang="x-default"/,
    )
  })

  test('the sitemap validates against the sitemaps.org schema (with xhtml:link)', async ({ request }) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-'))
    const file = path.join(dir, 'sitemap.xml')
    fs.writeFileSync(file, await (await request.get('/sitemap.xml')).body())
    const schema = path.resolve('tests/support/sitemap-schemas/sitemap-with-alternates.xsd')
    const result = execFileSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8', stdio: 'pipe' })
    expect(result).toBe('')
    fs.rmSync(dir, { recursive: true })
  })

  test('robots.txt allows the site, keeps crawlers out of the admin, API and search results, and names the sitemap', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text()
    expect(robots).toMatch(/Allow: \/\n/)
    for (const path of ['/admin', '/api/', '/en/search?', '/zh/search?']) expect(robots).toContain(`Disallow: ${path}\n`)
    expect(robots).toContain(`Sitemap: ${origin()}/sitemap.xml`)
  })

  test('RSS and Atom feeds per language parse and list the newest articles, and every page announces them', async ({ request }) => {
    const parser = new Parser()
    const articles = (await allArticles(request)).filter((article) => article._status === 'published')
    for (const locale of ['en', 'zh']) {
      const newest = articles.filter((article) => article.completeIn.split(',').includes(locale))[0]
      for (const kind of ['rss', 'atom']) {
        const response = await request.get(`/${locale}/${kind}.xml`)
        expect(response.headers()['content-type']).toContain(`application/${kind}+xml`)
        const feed = await parser.parseString(await response.text())
        expect(feed.items.length).toBeGreaterThan(3)
        expect(feed.items[0].link).toBe(`${origin()}/${locale}/news/${newest.slug}`)
        const dates = feed.items.map((item) => Date.parse(item.isoDate ?? item.pubDate ?? ''))
        expect(dates).toEqual([...dates].sort((a, b) => b - a))
      }
      const { feeds } = await head(request, `/${locale}/news`)
      expect(feeds).toEqual([`${origin()}/${locale}/rss.xml`, `${origin()}/${locale}/atom.xml`])
    }
  })
})
