import { type APIRequestContext, expect, test } from '@playwright/test'
import Parser from 'rss-parser'
import sharp from 'sharp'

import { articlePreviewUrl } from '../../lib/preview'
import { GII_ARTICLE_SLUG } from '../../lib/seed/content'
import { isAllowed, robotsRules } from '../support/robots-rules'
import { sitemapSchema, validateXml } from '../support/xmllint'
import { adminHeaders, oneParagraph } from './support/admin-api'

/** What search engines read, page type by page type, in both languages, from the production build. */

/** The JSON-LD that lib/seo/structured-data.ts writes, as far as these tests read it. */
interface JsonLd {
  '@type': string
  name: string
  headline: string
  description: string
  image: { url: string; width: number | string }[]
  datePublished: string
  dateModified: string
  author: { name: string }[]
  publisher: { logo: { url: string } }
  inLanguage: string
  mainEntityOfPage: { '@id': string }
  itemListElement: { position: number; item: string }[]
  contactPoint: { telephone: string }[]
  address: { streetAddress: string }[]
  potentialAction: { target: { urlTemplate: string }; 'query-input': string }
}

interface Head {
  title: string
  description: string | null
  canonical: string | null
  robots: string | null
  alternates: Record<string, string>
  jsonLd: JsonLd[]
  feeds: string[]
  /** og:image and twitter:image URLs. */
  images: string[]
  og: (property: string) => string | undefined
}

/** What lib/next/static-html.cjs appends to the cached copy it has stripped of React's hydration. */
const STATIC_MARK = '<!--static-->'

interface HeadOptions {
  status?: number
  /**
   * Pages served from the cache (the default) are read twice, and the second, cached copy is
   * parsed: the stripped HTML that readers and crawlers get. Dynamic pages (search, 404s,
   * previews) are rendered every time.
   */
  cached?: boolean
}

/** The <head> of a page as a crawler reads it. */
async function head(
  request: APIRequestContext,
  url: string,
  { status = 200, cached = true }: HeadOptions = {},
): Promise<Head> {
  if (cached) await request.get(url)
  const response = await request.get(url)
  expect(response.status(), url).toBe(status)
  const html = await response.text()
  if (cached) {
    expect(html.endsWith(STATIC_MARK), `${url} is served as the cached, stripped copy`).toBe(true)
    expect(html, `${url} has no Next runtime scripts`).not.toMatch(/<script[^>]+src="\/_next\//)
  }
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? null
  const tags = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[0])
  const decode = (text: string) =>
    text
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
  const alternates: Record<string, string> = {}
  for (const tag of tags(/<link rel="alternate" hrefLang="[^"]+" href="[^"]+"\/>/g))
    alternates[attr(tag, 'hrefLang')!] = attr(tag, 'href')!
  return {
    title: decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
    description: attr(tags(/<meta name="description"[^>]*>/g)[0] ?? '', 'content'),
    canonical: attr(tags(/<link rel="canonical"[^>]*>/g)[0] ?? '', 'href'),
    robots: attr(tags(/<meta name="robots"[^>]*>/g)[0] ?? '', 'content'),
    alternates,
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].flatMap(
      (match) => JSON.parse(match[1]) as JsonLd | JsonLd[],
    ),
    feeds: tags(/<link rel="alternate" type="application\/(rss|atom)\+xml"[^>]*>/g).map((tag) => attr(tag, 'href')!),
    images: [...html.matchAll(/<meta (?:property|name)="(?:og|twitter):image" content="([^"]*)"/g)].map((match) =>
      decode(match[1]),
    ),
    og: (property: string) => {
      const content = new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1]
      return content === undefined ? undefined : decode(content)
    },
  }
}

interface ArticleRow {
  id: number
  slug: string
  title: string
  completeIn: string
  _status: string
  releaseDate: string
  cover?: number | null
}

/** Articles as the admin sees them (drafts included), with which languages are complete. */
async function allArticles(request: APIRequestContext): Promise<ArticleRow[]> {
  const headers = await adminHeaders(request)
  // Stored documents, not latest drafts: a published article with a newer draft is still live.
  const response = await request.get('/api/articles?limit=200&depth=0&locale=en&sort=-releaseDate', { headers })
  return (await response.json()).docs
}

const origin = () => test.info().project.use.baseURL!

/** For documents the tests create as the admin (and delete): a unique suffix. */
const stamp = () => Date.now().toString(36)

test.describe('metadata', () => {
  test('every page type has a unique title, a description and the feeds, in both languages; 404s and notices are noindex', async ({
    request,
  }) => {
    const all = (await allArticles(request)).filter((article) => article._status === 'published')
    const articles = all.filter((article) => article.completeIn === 'en,zh')
    const only = {
      en: all.find((article) => article.completeIn === 'en')!,
      zh: all.find((article) => article.completeIn === 'zh')!,
    }
    const category = (await (await request.get('/api/categories?limit=1&locale=en')).json()).docs[0].slug
    const tag = (await (await request.get('/api/tags?limit=1&locale=en')).json()).docs[0].slug
    const pages = [
      '',
      '/news',
      '/news/page/2',
      `/news/category/${category}`,
      '/tags',
      `/tags/${tag}`,
      '/about',
      '/services',
    ]
    const samples = (['en', 'zh'] as const).flatMap((locale) => [
      ...pages.map((page) => ({ url: `/${locale}${page}`, options: {}, noindex: false })),
      { url: `/${locale}/search`, options: { cached: false }, noindex: false },
      ...articles
        .slice(0, 2)
        .map((article) => ({ url: `/${locale}/news/${article.slug}`, options: {}, noindex: false })),
      // The notice an article in the other language only leads to, and a 404.
      { url: `/${locale}/news/untranslated/${only[locale === 'en' ? 'zh' : 'en'].slug}`, options: {}, noindex: true },
      { url: `/${locale}/no-such-page`, options: { status: 404, cached: false }, noindex: true },
    ])
    const seen = new Map<string, string>()
    for (const { url, options, noindex } of samples) {
      const locale = url.split('/')[1]
      const { title, description, robots, feeds } = await head(request, url, options)
      expect(title, url).toMatch(/\S.*\|.+/)
      expect(description?.length ?? 0, `description of ${url}`).toBeGreaterThanOrEqual(10)
      expect(seen.get(title), `${url} has the same title as ${seen.get(title)}`).toBeUndefined()
      seen.set(title, url)
      expect(feeds, `feeds announced by ${url}`).toEqual([
        `${origin()}/${locale}/rss.xml`,
        `${origin()}/${locale}/atom.xml`,
      ])
      if (noindex) expect(robots, url).toContain('noindex')
      else expect(robots, url).toBeNull()
    }
  })

  test('a 404 keeps its own title and noindex once the browser has run the page (not the layout default)', async ({
    page,
  }) => {
    for (const [path, title] of [
      ['/zh/news/no-such-article', '页面不存在'],
      ['/en/news/page/999', 'Page not found'],
      ['/zh/news/category/no-such-category', '页面不存在'],
      ['/en/tags/no-such-tag', 'Page not found'],
      ['/zh/no-such-page', '页面不存在'],
    ]) {
      const response = await page.goto(path, { waitUntil: 'networkidle' })
      expect(response?.status(), path).toBe(404)
      await expect(page, path).toHaveTitle(new RegExp(`^${title} \\| `))
      await expect(page.locator('meta[name="robots"]').first(), path).toHaveAttribute('content', /noindex/)
    }
  })

  test('canonical URLs: page 2 and filtered lists point to themselves, duplicates to one place', async ({
    request,
  }) => {
    expect((await head(request, '/en/news/page/2')).canonical).toBe(`${origin()}/en/news/page/2`)
    const category = (await (await request.get('/api/categories?limit=1&locale=zh')).json()).docs[0].slug
    expect((await head(request, `/zh/news/category/${category}`)).canonical).toBe(
      `${origin()}/zh/news/category/${category}`,
    )
    expect((await head(request, '/en/news?utm_source=newsletter')).canonical).toBe(`${origin()}/en/news`)
    const pageOne = await request.get('/en/news/page/1', { maxRedirects: 0 })
    expect(pageOne.status()).toBe(308)
    // Search results are noindex, and name no canonical (that would say "index this instead").
    const results = await head(request, '/en/search?q=patent', { cached: false })
    expect(results.robots).toContain('noindex')
    expect(results.canonical).toBeNull()
    expect(results.alternates).toEqual({})
    expect((await head(request, '/en/search', { cached: false })).canonical).toBe(`${origin()}/en/search`)
  })

  test('an article’s SEO description wins over its summary', async ({ request }) => {
    const headers = await adminHeaders(request)
    const category = (await (await request.get('/api/categories?limit=1')).json()).docs[0]
    const slug = `seo-description-${stamp()}`
    const seoDescription = 'What the editor wrote for search engines, not the summary.'
    const created = await request.post('/api/articles?locale=en', {
      headers,
      data: {
        title: `SEO description ${slug}`,
        slug,
        summary: 'The summary shown in lists.',
        body: oneParagraph('Body.'),
        category: category.id,
        meta: { description: seoDescription },
        _status: 'published',
      },
    })
    expect(created.ok(), await created.text()).toBe(true)
    const { doc } = await created.json()
    try {
      const page = await head(request, `/en/news/${slug}`)
      expect(page.description).toBe(seoDescription)
      expect(page.og('og:description')).toBe(seoDescription)
      expect(page.jsonLd.find((item) => item['@type'] === 'NewsArticle')!.description).toBe(seoDescription)
    } finally {
      await request.delete(`/api/articles/${doc.id}`, { headers })
    }
  })

  test('a preview (draft mode) is noindex', async ({ request, playwright }) => {
    const published = (await allArticles(request)).find(
      (article) => article._status === 'published' && article.completeIn.includes('en'),
    )!
    // A fresh context: the draft-mode cookie stays in it.
    const context = await playwright.request.newContext({ baseURL: origin() })
    try {
      const opened = await context.get(articlePreviewUrl('en', published.id)!)
      expect(opened.url()).toBe(`${origin()}/en/news/${published.slug}`)
      const preview = await head(context, `/en/news/${published.slug}`, { cached: false })
      expect(preview.robots).toContain('noindex')
      expect(preview.alternates).toEqual({})
    } finally {
      await context.dispose()
    }
  })

  test('language alternates are reciprocal, include x-default, and name only translations that exist', async ({
    request,
  }) => {
    const articles = (await allArticles(request)).filter((article) => article._status === 'published')
    const both = articles.find((article) => article.completeIn === 'en,zh')!
    for (const page of ['', '/news', '/tags', `/news/${both.slug}`]) {
      const en = await head(request, `/en${page}`)
      const zh = await head(request, `/zh${page}`)
      const expected = {
        en: `${origin()}/en${page}`,
        'zh-CN': `${origin()}/zh${page}`,
        'x-default': `${origin()}/en${page}`,
      }
      expect(en.alternates, page).toEqual(expected)
      expect(zh.alternates, page).toEqual(expected)
    }
    const englishOnly = articles.find((article) => article.completeIn === 'en')!
    const lonely = await head(request, `/en/news/${englishOnly.slug}`)
    expect(lonely.alternates).toEqual({})
    expect(lonely.canonical).toBe(`${origin()}/en/news/${englishOnly.slug}`)
  })

  test('list pages name the other language’s page only where it exists: page N, a category’s page 2, a tag without articles there', async ({
    request,
  }) => {
    test.setTimeout(180_000)
    const headers = await adminHeaders(request)
    const id = stamp()
    const create = async (collection: string, locale: string, data: Record<string, unknown>) => {
      const response = await request.post(`/api/${collection}?locale=${locale}`, { headers, data })
      expect(response.ok(), await response.text()).toBe(true)
      return (await response.json()).doc as { id: number; slug: string }
    }
    const name = async (collection: string, doc: { id: number }, zh: string) => {
      const response = await request.patch(`/api/${collection}/${doc.id}?locale=zh`, { headers, data: { name: zh } })
      expect(response.ok(), await response.text()).toBe(true)
    }
    // A category and a tag named in both languages, and 11 English-only articles in them: two pages in
    // English (of the category, the tag, and a third page of the news center), none in Chinese.
    const before = (await allArticles(request)).filter((article) => article._status === 'published')
    const category = await create('categories', 'en', { name: `Hreflang ${id}`, slug: `hreflang-${id}` })
    await name('categories', category, `语言链接 ${id}`)
    const tag = await create('tags', 'en', { name: `Hreflang tag ${id}`, slug: `hreflang-tag-${id}` })
    await name('tags', tag, `语言标签 ${id}`)
    const articles: { id: number }[] = []
    try {
      for (let index = 0; index < 11; index++) {
        articles.push(
          await create('articles', 'en', {
            title: `English only ${index} ${id}`,
            slug: `english-only-${index}-${id}`,
            summary: 'An article with no Chinese version.',
            body: oneParagraph('Body.'),
            category: category.id,
            tags: [tag.id],
            releaseDate: `2020-01-${String(index + 1).padStart(2, '0')}T00:00:00.000Z`,
            _status: 'published',
          }),
        )
      }
      const count = (locale: string) =>
        before.filter((article) => article.completeIn.split(',').includes(locale)).length + (locale === 'en' ? 11 : 0)
      const pages = (locale: string) => Math.ceil(count(locale) / 10)
      const lastEnglish = pages('en')
      expect(lastEnglish, 'the English news center has a page the Chinese one lacks').toBeGreaterThan(pages('zh'))

      const url = (locale: string, path: string) => `${origin()}/${locale}${path}`
      const both = (path: string) => ({ en: url('en', path), 'zh-CN': url('zh', path), 'x-default': url('en', path) })
      const englishOnly = async (path: string) => {
        const page = await head(request, `/en${path}`)
        expect(page.canonical, path).toBe(url('en', path))
        expect(page.alternates, `${path} names no Chinese page`).toEqual({})
        expect(page.og('og:locale:alternate'), path).toBeUndefined()
      }

      // The news center: page N only where the language has N pages.
      await englishOnly(`/news/page/${lastEnglish}`)
      expect((await request.get(`/zh/news/page/${lastEnglish}`)).status()).toBe(404)
      for (const locale of ['en', 'zh'])
        expect((await head(request, `/${locale}/news/page/2`)).alternates).toEqual(both('/news/page/2'))

      // A category is named in both languages: page 1 exists in both, page 2 in English only (and is its own canonical).
      const categoryPath = `/news/category/${category.slug}`
      for (const locale of ['en', 'zh'])
        expect((await head(request, `/${locale}${categoryPath}`)).alternates).toEqual(both(categoryPath))
      await englishOnly(`${categoryPath}/page/2`)
      expect((await request.get(`/zh${categoryPath}/page/2`)).status()).toBe(404)

      // A tag without Chinese articles: its Chinese page is empty, noindex, linked from nowhere, and not in the sitemap.
      const tagPath = `/tags/${tag.slug}`
      await englishOnly(tagPath)
      await englishOnly(`${tagPath}/page/2`)
      const emptyTag = await head(request, `/zh${tagPath}`)
      expect(emptyTag.robots).toContain('noindex')
      expect(emptyTag.alternates).toEqual({})
      const sitemap = await (await request.get('/sitemap.xml')).text()
      const entry = (path: string) => new RegExp(`<url><loc>${origin()}${path}</loc>(.*?)</url>`).exec(sitemap)?.[1]
      expect(entry(`/en${tagPath}`), 'the English tag page is in the sitemap, without alternates').toMatch(
        /^<lastmod>[^<]+<\/lastmod>$/,
      )
      expect(entry(`/zh${tagPath}`)).toBeUndefined()
      expect(entry(`/zh${categoryPath}`)).toContain(`hreflang="en" href="${url('en', categoryPath)}"`)
    } finally {
      for (const article of articles) await request.delete(`/api/articles/${article.id}`, { headers })
      await request.delete(`/api/tags/${tag.id}`, { headers })
      await request.delete(`/api/categories/${category.id}`, { headers })
    }
  })

  test('Open Graph and Twitter cards describe an article, with a 1200×630 image', async ({ request }) => {
    const response = await request.get(`/zh/news/${GII_ARTICLE_SLUG}`)
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
    const card = await request.get(`/zh/news/${GII_ARTICLE_SLUG}/og`)
    expect(card.status()).toBe(200)
    expect(card.headers()['content-type']).toBe('image/png')
    const png = await card.body()
    expect(png.readUInt32BE(16)).toBe(1200)
    expect(png.readUInt32BE(20)).toBe(630)
    expect((await request.get('/zh/news/no-such-article/og')).status()).toBe(404)
  })

  test('the generated card draws the Chinese title’s glyphs (a font without CJK would leave the title area blank)', async ({
    request,
  }) => {
    const png = await (await request.get(`/zh/news/${GII_ARTICLE_SLUG}/og`)).body()
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })
    const pixel = (x: number, y: number) => data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)
    // lib/seo/og-image.tsx: white title between the kicker (top) and the company line (bottom), on #0b3d6e, 72 px margins.
    const isInk = (x: number, y: number) => pixel(x, y).every((value) => value > 200)
    const isBackground = (x: number, y: number) =>
      Math.abs(pixel(x, y)[0] - 0x0b) + Math.abs(pixel(x, y)[2] - 0x6e) < 12
    const area = { left: 72, right: 1128, top: 130, bottom: 500 }
    let ink = 0
    let background = 0
    const inkedColumns = new Set<number>()
    for (let y = area.top; y < area.bottom; y++) {
      for (let x = area.left; x < area.right; x++) {
        if (isInk(x, y)) {
          ink++
          inkedColumns.add(x)
        } else if (isBackground(x, y)) background++
      }
    }
    const pixels = (area.right - area.left) * (area.bottom - area.top)
    // The corner above the kicker is plain background: the reference the title area is compared with.
    for (let y = 0; y < 40; y++)
      for (let x = 0; x < 40; x++) expect(isBackground(x, y), `background at ${x},${y}`).toBe(true)
    // 26 bold CJK glyphs at 60+ px fill a few lines edge to edge; the four digits of "2025" alone (what
    // a Latin-only font draws of this title) ink about 1% of the area and an eighth of its width.
    expect(ink / pixels, 'share of the title area drawn in white').toBeGreaterThan(0.05)
    expect(inkedColumns.size / (area.right - area.left), 'share of the width the title spans').toBeGreaterThan(0.6)
    expect(background / pixels, 'the rest is background').toBeGreaterThan(0.6)
  })
})

test.describe('structured data', () => {
  test('an article carries NewsArticle and BreadcrumbList', async ({ request }) => {
    for (const locale of ['en', 'zh']) {
      const { jsonLd } = await head(request, `/${locale}/news/${GII_ARTICLE_SLUG}`)
      const article = jsonLd.find((item) => item['@type'] === 'NewsArticle')!
      expect(article.headline).toBeTruthy()
      expect(article.description).toBeTruthy()
      expect(Number(article.image[0].width)).toBeGreaterThanOrEqual(1200)
      expect(Date.parse(article.datePublished)).not.toBeNaN()
      expect(Date.parse(article.dateModified)).not.toBeNaN()
      expect(article.author[0].name).toBeTruthy()
      expect(article.publisher.logo.url).toMatch(/\/logo\.png$/)
      expect(article.inLanguage).toBe(locale === 'zh' ? 'zh-CN' : 'en')
      expect(article.mainEntityOfPage['@id']).toBe(`${origin()}/${locale}/news/${GII_ARTICLE_SLUG}`)
      expect((await request.get(article.publisher.logo.url)).status()).toBe(200)
      const trail = jsonLd.find((item) => item['@type'] === 'BreadcrumbList')!
      expect(trail.itemListElement.map((item) => item.position)).toEqual([1, 2, 3])
      expect(trail.itemListElement.at(-1)?.item).toBe(article.mainEntityOfPage['@id'])
    }
  })

  test('the home page carries Organization (contacts from the footer) and WebSite with a SearchAction', async ({
    request,
  }) => {
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
    const created = await request.post('/api/articles?locale=en', {
      headers,
      data: {
        title,
        slug: `hostile-${Date.now().toString(36)}`,
        summary: 'Summary <img src=x onerror=alert(2)>',
        body: oneParagraph('Body.'),
        category: category.id,
        _status: 'published',
      },
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
        expect(listed, `${article.slug} in ${locale} (${article._status}, complete: ${article.completeIn})`).toBe(
          visible,
        )
      }
    }
    for (const page of ['/en', '/zh', '/en/news', '/zh/tags', '/en/about']) expect(locs.has(page), page).toBe(true)
    // Every URL says when it last changed.
    const urls = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((match) => match[1])
    expect(urls.length).toBe(locs.size)
    for (const url of urls)
      expect(url, url.slice(0, 120)).toMatch(/^<loc>[^<]+<\/loc><lastmod>\d{4}-\d{2}-\d{2}T[^<]+<\/lastmod>/)
    expect([...locs].some((loc) => loc.includes('/search'))).toBe(false)
    // Language alternates: an article in both languages names both, and x-default.
    expect(xml).toMatch(
      new RegExp(
        `<loc>[^<]+/zh/news/${GII_ARTICLE_SLUG}</loc><lastmod>[^<]+</lastmod>` +
          `<xhtml:link rel="alternate" hreflang="en" href="[^"]+/en/news/${GII_ARTICLE_SLUG}"/>` +
          '<xhtml:link rel="alternate" hreflang="zh-CN"[^>]+/><xhtml:link rel="alternate" hreflang="x-default"',
      ),
    )
  })

  test('the sitemap validates against the sitemaps.org schema (with xhtml:link); parts exist only once it is an index', async ({
    request,
  }) => {
    const xml = await (await request.get('/sitemap.xml')).text()
    if (xml.includes('<sitemapindex')) {
      validateXml(xml, sitemapSchema.index)
      for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g))
        validateXml(await (await request.get(loc)).body(), sitemapSchema.urlset)
    } else {
      validateXml(xml, sitemapSchema.urlset)
      // Small enough for one file: there are no parts (tests/unit/sitemap-xml.test.ts validates an index and its parts).
      expect((await request.get('/sitemaps/1.xml')).status()).toBe(404)
    }
  })

  test('robots.txt allows the site, keeps crawlers out of the admin, API and search results, and names the sitemap', async ({
    request,
  }) => {
    const text = await (await request.get('/robots.txt')).text()
    expect(text).toContain(`Sitemap: ${origin()}/sitemap.xml`)
    const rules = robotsRules(text, 'Googlebot')
    for (const path of [
      '/en',
      '/zh/news',
      '/en/news/page/2',
      '/en/search',
      '/zh/tags',
      '/en/rss.xml',
      '/sitemap.xml',
    ]) {
      expect(isAllowed(rules, path), path).toBe(true)
    }
    for (const path of [
      '/admin',
      '/admin/collections/articles',
      '/api/articles',
      '/api/users/me',
      '/next/preview',
      '/en/search?q=patent',
      '/zh/search?q=专利',
      // The cached copy the proxy serves results from (lib/search-query.ts).
      '/en/search/cGF0ZW50/1',
    ]) {
      expect(isAllowed(rules, path), path).toBe(false)
    }
  })

  test('every share image and JSON-LD image of an article is one crawlers may fetch', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text()
    const rules = robotsRules(text, 'Googlebot')
    const published = (await allArticles(request)).filter((article) => article._status === 'published')
    const withCover = published.filter((article) => article.cover).slice(0, 2)
    const withoutCover = published.filter((article) => !article.cover).slice(0, 1)
    expect(withCover.length, 'the seed has articles with covers').toBeGreaterThan(0)
    const images = new Set<string>()
    for (const article of [...withCover, ...withoutCover]) {
      for (const locale of article.completeIn.split(',')) {
        const page = await head(request, `/${locale}/news/${article.slug}`)
        for (const url of page.images) images.add(url)
        const newsArticle = page.jsonLd.find((item) => item['@type'] === 'NewsArticle')!
        for (const image of newsArticle.image) images.add(image.url)
        images.add(newsArticle.publisher.logo.url)
      }
    }
    expect(
      [...images].some((url) => url.includes('/api/media/file/')),
      'covers are served from the API',
    ).toBe(true)
    for (const url of images) {
      expect(url.startsWith(`${origin()}/`), url).toBe(true)
      expect(isAllowed(rules, url), `robots.txt allows ${url}`).toBe(true)
      const response = await request.get(url)
      expect(response.status(), url).toBe(200)
      expect(response.headers()['content-type'], url).toMatch(/^image\//)
    }
  })

  test('RSS and Atom feeds per language parse and list the newest articles, and every page announces them', async ({
    request,
  }) => {
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
