import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { type Locale, locales, otherLocale } from '../../lib/i18n/routing'
import { GII_ARTICLE_SLUG, seedArticles } from '../../lib/seed/content'
import { toLexical } from '../../lib/seed/lexical'
import { adminHeaders } from './support/admin-api'

/**
 * The W3C Nu HTML Checker (npm `vnu-jar`, a Java program) over every page type in both languages, as
 * the production server sends them. One run of the checker over all pages: a JVM per page is slow.
 */

const JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

/** `java` from JAVA_HOME or PATH, if it runs. */
function findJava(): string | null {
  const candidates = [process.env.JAVA_HOME && path.join(process.env.JAVA_HOME, 'bin', 'java'), 'java'].filter(
    (value): value is string => Boolean(value),
  )
  return candidates.find((java) => spawnSync(java, ['-version'], { stdio: 'ignore' }).status === 0) ?? null
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url: string
  lastLine?: number
  message: string
  extract?: string
}

const listed = (article: (typeof seedArticles)[number]) => article.status === 'published'
const hasList = (article: (typeof seedArticles)[number]) =>
  locales.every((locale) => article[locale]?.body.some((block) => block.type === 'list'))
const withLists = seedArticles.find((article) => listed(article) && hasList(article))!
const onlyIn = (locale: Locale) =>
  seedArticles.find((article) => listed(article) && article[locale] && !article[otherLocale(locale)])!

const element = (type: string, children: object[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  children,
  ...extra,
})
const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
})
const listNode = (listType: 'number' | 'check', items: string[]) =>
  element(
    'list',
    items.map((item, index) =>
      element('listitem', [text(item)], { value: index + 1, checked: listType === 'check' ? index === 0 : undefined }),
    ),
    { listType, tag: listType === 'number' ? 'ol' : 'ul', start: 1 },
  )

/** A published article without a cover, its body holding every kind of list an editor can make. */
async function createArticleWithoutCover(request: APIRequestContext, headers: Record<string, string>) {
  const category = (await (await request.get('/api/categories?limit=1&depth=0')).json()).docs[0].id
  const body = (words: string[]) =>
    toLexical(
      [
        { type: 'paragraph', text: words[0] },
        { type: 'list', items: [words[1], words[2]] },
      ],
      [listNode('number', [words[3], words[4]]), listNode('check', [words[5], words[6]])],
    )
  const created = await request.post('/api/articles?locale=en', {
    headers,
    data: {
      title: `Checked markup ${Date.now().toString(36)}`,
      summary: 'An article without a cover image, with bullet, numbered and check lists.',
      body: body(['No cover here.', 'A bullet', 'Another bullet', 'First step', 'Second step', 'Done', 'To do']),
      category,
      releaseDate: new Date().toISOString(),
      _status: 'published',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const { doc }: { doc: { id: number | string; slug: string } } = await created.json()
  const chinese = await request.patch(`/api/articles/${doc.id}?locale=zh`, {
    headers,
    data: {
      title: `无封面文章 ${doc.id}`,
      summary: '一篇没有封面图片的文章，含三种列表。',
      body: body(['没有封面。', '要点一', '要点二', '第一步', '第二步', '已完成', '待办']),
      _status: 'published',
    },
  })
  expect(chinese.ok(), await chinese.text()).toBe(true)
  return doc
}

test('every page type is valid HTML in both languages (W3C Nu HTML Checker, 0 errors)', async ({
  request,
}, testInfo) => {
  test.setTimeout(180_000)
  const java = findJava()
  if (!java) {
    const why = 'Java 17+ is needed for the Nu HTML Checker (Debian: apt-get install default-jre-headless)'
    if (process.env.CI === 'true') throw new Error(why)
    test.skip(true, why)
    return
  }
  const headers = await adminHeaders(request)
  const noCover = await createArticleWithoutCover(request, headers)
  try {
    const category = (await (await request.get('/api/categories?limit=1&depth=0&locale=en')).json()).docs[0].slug
    const tag = (await (await request.get('/api/tags?limit=1&depth=0&locale=en')).json()).docs[0].slug
    const pages = (locale: Locale) => [
      { name: 'home', url: `/${locale}` },
      { name: 'news center', url: `/${locale}/news` },
      { name: 'news center page 2', url: `/${locale}/news/page/2` },
      { name: 'category', url: `/${locale}/news/category/${category}` },
      { name: 'article with charts', url: `/${locale}/news/${GII_ARTICLE_SLUG}` },
      { name: 'article with bullet lists', url: `/${locale}/news/${withLists.key}` },
      { name: 'article without cover, every list kind', url: `/${locale}/news/${noCover.slug}` },
      { name: 'tags', url: `/${locale}/tags` },
      { name: 'tag', url: `/${locale}/tags/${tag}` },
      { name: 'search with results', url: `/${locale}/search?q=wipo` },
      { name: 'search without results', url: `/${locale}/search?q=zzqx-nothing` },
      { name: 'about', url: `/${locale}/about` },
      { name: 'services', url: `/${locale}/services` },
      { name: '404', url: `/${locale}/news/no-such-article`, status: 404 },
      { name: 'unmatched 404', url: `/${locale}/no-such-page`, status: 404 },
      { name: 'untranslated notice', url: `/${locale}/news/untranslated/${onlyIn(otherLocale(locale)).key}` },
    ]
    const dir = testInfo.outputPath('html')
    fs.mkdirSync(dir, { recursive: true })
    const files = new Map<string, string>()
    for (const locale of locales) {
      for (const page of pages(locale)) {
        const response = await request.get(page.url)
        expect(response.status(), page.url).toBe(page.status ?? 200)
        const file = path.join(dir, `${locale}-${page.name.replace(/\W+/g, '-')}.html`)
        fs.writeFileSync(file, await response.text())
        files.set(`file:${file}`, page.url)
      }
    }

    const run = spawnSync(
      java,
      [
        '-jar',
        JAR,
        '--format',
        'json',
        '--exit-zero-always',
        ...[...files.keys()].map((file) => file.slice('file:'.length)),
      ],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    )
    expect(run.status, run.stderr).toBe(0)
    // vnu writes its JSON report to stderr.
    const { messages }: { messages: VnuMessage[] } = JSON.parse(run.stderr)
    const line = (message: VnuMessage) =>
      `${files.get(message.url) ?? message.url}:${message.lastLine ?? '?'} ${message.message}`
    const warnings = messages.filter((message) => message.type === 'info' && message.subType === 'warning').map(line)
    await testInfo.attach('vnu-warnings.txt', { body: warnings.join('\n') || 'none', contentType: 'text/plain' })
    if (warnings.length)
      console.log(`Nu HTML Checker warnings (${warnings.length}):\n  ${[...new Set(warnings)].join('\n  ')}`)
    const errors = messages
      .filter((message) => message.type !== 'info')
      .map((message) => `${line(message)} [${message.extract ?? ''}]`)
    expect(errors).toEqual([])
    expect(files.size).toBe(16 * locales.length)
  } finally {
    await request.delete(`/api/articles/${noCover.id}`, { headers })
  }
})
