import { type Payload, type TypedUser } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reindexAll, syncArticleSearch } from '@/collections/search/sync'
import { PAGE_SIZE } from '@/lib/data/queries'
import type { PayloadId } from '@/lib/db/document-id'
import { EXACT_CANDIDATES, findSearchArticles, searchPage } from '@/lib/data/search-queries'
import type { Locale } from '@/lib/i18n/routing'
import { queryTerms } from '@/lib/search/tokens'

import { body, unique } from './fixtures'
import { context, databaseKind, testPayload } from './payload'

let payload: Payload
let categoryId: PayloadId
let editor: TypedUser

/** A word no other test writes: letters only, so it is one search term. */
const word = (prefix: string) =>
  `${prefix}${Date.now().toString(36).replace(/\d/g, '')}${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6)}`
// Characters nothing else in the test database uses: every Chinese query here is about this corpus only.
const RARE = '龘靐'
const RARE_OTHER = '齉麤'

beforeAll(async () => {
  payload = await testPayload()
  categoryId = (
    await payload.create({
      collection: 'categories',
      locale: 'en',
      context,
      data: { name: 'Search', slug: unique('search') },
    })
  ).id
  editor = (await payload.create({
    collection: 'users',
    context,
    data: { email: `${unique('search-editor')}@example.com`, password: 'search-pass-1x', role: 'editor' },
  })) as TypedUser
  editor.collection = 'users'
})

afterAll(async () => {
  await payload?.destroy()
})

interface Texts {
  title: string
  summary: string
  text: string
}

async function publish(
  en: Texts | null,
  zh: Texts | null,
  releaseDate: string,
  status: 'published' | 'draft' = 'published',
) {
  const first = en ?? zh
  const firstLocale: Locale = en ? 'en' : 'zh'
  if (!first) throw new Error('an article needs one language')
  const data = (texts: Texts) => ({ title: texts.title, summary: texts.summary, body: body(texts.text) })
  const created = await payload.create({
    collection: 'articles',
    locale: firstLocale,
    context,
    draft: status === 'draft',
    data: { ...data(first), category: categoryId, releaseDate, _status: status },
  })
  if (en && zh) {
    await payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'zh',
      context,
      draft: status === 'draft',
      data: { ...data(zh), _status: status },
    })
  }
  return created
}

async function search(locale: Locale, query: string, page = 1) {
  const terms = queryTerms(query)
  const { hits, totalDocs } = await searchPage(payload, locale, terms, page)
  const articles = await findSearchArticles(
    payload,
    locale,
    hits.map((hit) => hit.articleId),
  )
  return { titles: articles.map((article) => article.title), ids: hits.map((hit) => hit.articleId), totalDocs, hits }
}

async function searchWithBound(locale: Locale, query: string, page = 1) {
  return searchPage(payload, locale, queryTerms(query), page)
}

const entriesOf = (id: number | string) =>
  payload.find({
    collection: 'search-entries',
    where: { article: { equals: id } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
  })

/** The stored terms of an article's postings, e.g. `en:patent`, sorted. */
const postingsOf = async (id: number | string) =>
  (
    await payload.find({
      collection: 'search-postings',
      where: { article: { equals: id } },
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
  ).docs
    .map((posting) => posting.term)
    .sort()

describe(`search ranking on ${databaseKind()}`, () => {
  const w = word('zqrank')
  const other = word('zqother')

  beforeAll(async () => {
    // A fixed bilingual corpus: the same word in the title, the summary or the body, at known dates.
    await publish(
      { title: 'Body only, newest', summary: 'Nothing here.', text: `The ${w} is in the body.` },
      { title: '正文提及', summary: '摘要无关。', text: `正文里有${RARE}一词。` },
      '2025-03-05T00:00:00.000Z',
    )
    await publish(
      { title: `Title with ${w}`, summary: 'Plain summary.', text: 'Plain body.' },
      { title: `标题含${RARE}`, summary: '普通摘要。', text: '普通正文。' },
      '2025-03-01T00:00:00.000Z',
    )
    await publish(
      { title: 'Summary match', summary: `A summary naming ${w}.`, text: 'Plain body.' },
      { title: '摘要匹配', summary: `摘要提到${RARE}。`, text: '普通正文。' },
      '2025-03-03T00:00:00.000Z',
    )
    await publish(
      { title: `Older title with ${w}`, summary: 'Plain summary.', text: 'Plain body.' },
      { title: `较早的标题含${RARE}`, summary: '普通摘要。', text: '普通正文。' },
      '2025-02-01T00:00:00.000Z',
    )
    // Two words: side by side in the body, apart in the title.
    await publish(
      { title: `${other} news and ${w}`, summary: 'S.', text: 'Plain body.' },
      null,
      '2025-03-04T00:00:00.000Z',
    )
    await publish(
      { title: 'Phrase in the body', summary: 'S.', text: `Read about ${w} ${other} here.` },
      null,
      '2025-01-01T00:00:00.000Z',
    )
    // Only one of the two words: not a match for both.
    await publish({ title: `Only ${other}`, summary: 'S.', text: 'Plain body.' }, null, '2025-03-06T00:00:00.000Z')
  })

  it('orders one word by title, summary, body, then newest first, with the total', async () => {
    const result = await search('en', w)
    expect(result.titles).toEqual([
      `${other} news and ${w}`,
      `Title with ${w}`,
      `Older title with ${w}`,
      'Summary match',
      'Body only, newest',
      'Phrase in the body',
    ])
    expect(result.totalDocs).toBe(6)
  })

  it('orders a Chinese pair the same way, and ignores case and full-width letters', async () => {
    expect((await search('zh', RARE)).titles).toEqual([`标题含${RARE}`, `较早的标题含${RARE}`, '摘要匹配', '正文提及'])
    expect((await search('en', w.toUpperCase())).totalDocs).toBe(6)
    const fullWidth = [...w].map((char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).join('')
    expect((await search('en', fullWidth)).totalDocs).toBe(6)
  })

  it('puts adjacent words above scattered ones and needs every word', async () => {
    const result = await search('en', `${w} ${other}`)
    expect(result.titles).toEqual(['Phrase in the body', `${other} news and ${w}`])
    expect(result.totalDocs).toBe(2)
  })

  it('finds a mixed English and Chinese query', async () => {
    const mixedWord = word('zqmixed')
    await publish(
      null,
      { title: `${mixedWord.toUpperCase()} ${RARE_OTHER}指数`, summary: '摘要。', text: '正文。' },
      '2025-01-01T00:00:00.000Z',
    )
    await publish(null, { title: `只有${RARE_OTHER}`, summary: '摘要。', text: '正文。' }, '2025-01-02T00:00:00.000Z')
    const result = await search('zh', `${mixedWord} ${RARE_OTHER}`)
    expect(result.titles).toEqual([`${mixedWord.toUpperCase()} ${RARE_OTHER}指数`])
  })

  it('matches Chinese by character pairs, not by characters that merely occur', async () => {
    expect((await search('zh', RARE.split('').reverse().join(''))).totalDocs).toBe(0)
    // A lone character finds every article holding it.
    expect((await search('zh', RARE[0])).totalDocs).toBe(4)
  })

  it('a word found nowhere gives no results', async () => {
    expect(await search('en', word('zqnothing'))).toMatchObject({ totalDocs: 0, ids: [] })
  })

  it('shows where the words were found in the body, marked, and keeps stored markup as text', async () => {
    const hostileWord = word('zqhostile')
    await publish(
      {
        title: 'Hostile body',
        summary: 'S.',
        text: `Look: <script>alert("${hostileWord}")</script> <img src=x onerror=alert(1)>`,
      },
      null,
      '2025-01-01T00:00:00.000Z',
    )
    const [hit] = (await search('en', hostileWord)).hits
    expect(hit.snippet.filter((part) => part.match).map((part) => part.text)).toEqual([hostileWord])
    expect(hit.snippet.map((part) => part.text).join('')).toContain('<script>alert("')
  })
})

describe(`search pagination on ${databaseKind()}`, () => {
  const w = word('zqpage')
  const count = PAGE_SIZE + 3

  beforeAll(async () => {
    // Title matches are older than body matches: page 1 must still start with the titles.
    for (let index = 0; index < count; index++) {
      const inTitle = index % 3 === 0
      await publish(
        {
          title: inTitle ? `Search page ${index} ${w}` : `Search page ${w.slice(-6)} ${index}`,
          summary: 'S.',
          text: inTitle ? 'B.' : `Body ${w}.`,
        },
        null,
        new Date(Date.UTC(inTitle ? 2020 : 2024, 0, 1 + index)).toISOString(),
      )
    }
  })

  it('pages follow one another without a gap or a repeat, across the title and body groups, with the real total', async () => {
    const first = await search('en', w, 1)
    const second = await search('en', w, 2)
    expect(first.totalDocs).toBe(count)
    expect(second.totalDocs).toBe(count)
    expect(first.ids).toHaveLength(PAGE_SIZE)
    expect(second.ids).toHaveLength(count - PAGE_SIZE)
    expect(new Set([...first.ids, ...second.ids]).size).toBe(count)
    const titled = first.titles.filter((title) => title?.includes(w))
    expect(first.titles.slice(0, titled.length)).toEqual(titled)
    expect(titled).toHaveLength(Math.ceil(count / 3))
    expect((await search('en', w, 3)).ids).toEqual([])
  })
})

describe(`two common words on ${databaseKind()}`, () => {
  const first = word('zqcommon')
  const second = word('zqalso')
  const count = EXACT_CANDIDATES + 5

  beforeAll(async () => {
    // More articles than the exact ranking reads, written at the adapter (no versions, no hooks) and
    // indexed by the same function the hooks call: the index is exactly what publishing leaves.
    for (let index = 0; index < count; index++) {
      const article = await payload.db.create({
        collection: 'articles',
        data: {
          title: { en: `${first} ${second} ${index}` },
          slug: unique(`common-${index}`),
          summary: { en: 'S.' },
          body: { en: body('B.') },
          searchText: { en: 'B.' },
          translated: { en: true },
          completeIn: 'en',
          completeEn: true,
          completeZh: false,
          category: categoryId,
          releaseDate: new Date(Date.UTC(2019, 0, 1 + index)).toISOString(),
          featured: false,
          _status: 'published',
        },
      })
      await syncArticleSearch(payload, article.id)
    }
  })

  it('the first page comes from the rarer word\'s postings in order, and the total says "more than"', async () => {
    const page = await searchWithBound('en', `${first} ${second}`)
    expect(page.hits).toHaveLength(PAGE_SIZE)
    expect(page).toMatchObject({ totalDocs: PAGE_SIZE, totalIsLowerBound: true })
    const articles = await findSearchArticles(
      payload,
      'en',
      page.hits.map((hit) => hit.articleId),
    )
    // Every word in the title of each: newest first.
    expect(articles.map((article) => article.title)).toEqual(
      Array.from({ length: PAGE_SIZE }, (_, index) => `${first} ${second} ${count - 1 - index}`),
    )
    const next = await searchWithBound('en', `${first} ${second}`, 2)
    expect(next).toMatchObject({ totalDocs: 2 * PAGE_SIZE, totalIsLowerBound: true })
    expect(new Set([...page.hits, ...next.hits].map((hit) => hit.articleId)).size).toBe(2 * PAGE_SIZE)
  })

  it('the last page has read every candidate: the total is exact again', async () => {
    const last = Math.ceil(count / PAGE_SIZE)
    const page = await searchWithBound('en', `${first} ${second}`, last)
    expect(page).toMatchObject({ totalDocs: count, totalIsLowerBound: false })
    expect(page.hits).toHaveLength(count - (last - 1) * PAGE_SIZE)
    // One word alone is counted exactly at any size.
    expect(await searchWithBound('en', first)).toMatchObject({ totalDocs: count, totalIsLowerBound: false })
  })
})

describe(`the index follows the articles on ${databaseKind()}`, () => {
  it('a draft is never indexed, and an autosave of a published article changes nothing visitors find', async () => {
    const draftWord = word('zqdraft')
    const draft = await publish(
      { title: `Draft ${draftWord}`, summary: 'S.', text: 'B.' },
      null,
      '2025-01-01T00:00:00.000Z',
      'draft',
    )
    expect((await search('en', draftWord)).totalDocs).toBe(0)
    expect((await entriesOf(draft.id)).docs).toEqual([])
    expect(await postingsOf(draft.id)).toEqual([])

    const liveWord = word('zqlive')
    const editWord = word('zqedit')
    const live = await publish(
      { title: `Live ${liveWord}`, summary: 'S.', text: 'B.' },
      null,
      '2025-01-01T00:00:00.000Z',
    )
    const [before] = (await entriesOf(live.id)).docs
    await payload.update({
      collection: 'articles',
      id: live.id,
      locale: 'en',
      draft: true,
      autosave: true,
      context,
      data: { title: `Live ${editWord}` },
    })
    expect((await search('en', editWord)).totalDocs).toBe(0)
    expect((await search('en', liveWord)).totalDocs).toBe(1)
    const [after] = (await entriesOf(live.id)).docs
    expect(after.updatedAt).toBe(before.updatedAt)

    // Publishing the edit makes it findable, and the old title is no longer found.
    await payload.update({ collection: 'articles', id: live.id, locale: 'en', context, data: { _status: 'published' } })
    expect((await search('en', editWord)).totalDocs).toBe(1)
    expect((await search('en', liveWord)).totalDocs).toBe(0)
    const terms = await postingsOf(live.id)
    expect(terms).toContain(`en:${editWord}`)
    expect(terms).not.toContain(`en:${liveWord}`)
    expect(new Set(terms).size).toBe(terms.length)
  })

  it('follows publish, unpublish, a slug change and delete', async () => {
    const w = word('zqcycle')
    const article = await publish(
      { title: `Cycle ${w}`, summary: 'S.', text: 'B.' },
      null,
      '2025-01-01T00:00:00.000Z',
      'draft',
    )
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      context,
      data: { _status: 'published' },
    })
    expect((await search('en', w)).ids).toEqual([article.id])
    expect(await postingsOf(article.id)).toEqual(['en:b', 'en:cycle', 'en:s', `en:${w}`].sort())

    await payload.update({ collection: 'articles', id: article.id, locale: 'en', context, data: { _status: 'draft' } })
    expect((await search('en', w)).totalDocs).toBe(0)
    expect((await entriesOf(article.id)).docs).toEqual([])
    expect(await postingsOf(article.id)).toEqual([])

    const renamed = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      context,
      data: { slug: unique('cycle-renamed'), _status: 'published' },
    })
    const found = await findSearchArticles(payload, 'en', (await search('en', w)).ids)
    expect(found.map((doc) => doc.slug)).toEqual([renamed.slug])

    expect(await postingsOf(article.id)).toContain(`en:${w}`)
    await payload.delete({ collection: 'articles', id: article.id, context })
    expect((await search('en', w)).totalDocs).toBe(0)
    expect((await entriesOf(article.id)).docs).toEqual([])
    expect(await postingsOf(article.id)).toEqual([])
  })

  it('indexes a translation completed later, and only in the languages an article is complete in', async () => {
    const w = word('zqlater')
    const article = await publish(
      { title: `English first ${w}`, summary: 'S.', text: 'B.' },
      null,
      '2025-01-01T00:00:00.000Z',
    )
    expect((await search('zh', w)).totalDocs).toBe(0)
    // A Chinese title alone is not a complete translation.
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'zh',
      context,
      data: { title: `中文标题 ${w}`, _status: 'published' },
    })
    expect((await search('zh', w)).totalDocs).toBe(0)
    expect((await postingsOf(article.id)).some((term) => term.startsWith('zh:'))).toBe(false)
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'zh',
      context,
      data: { summary: '摘要。', body: body('正文。'), _status: 'published' },
    })
    expect(await postingsOf(article.id)).toEqual(
      expect.arrayContaining([`zh:${w}`, 'zh:中文', 'zh:文标', 'zh:标题', 'zh:中', 'zh:摘要', 'zh:正文', `en:${w}`]),
    )
    expect((await search('zh', w)).ids).toEqual([article.id])
    expect((await search('en', w)).ids).toEqual([article.id])
    expect((await entriesOf(article.id)).docs.map((entry) => entry.locale).sort()).toEqual(['en', 'zh'])
  })

  it('a scheduled publish by the job runner indexes the article', async () => {
    const w = word('zqscheduled')
    const article = await publish(
      { title: `Scheduled ${w}`, summary: 'S.', text: 'B.' },
      null,
      '2025-01-01T00:00:00.000Z',
      'draft',
    )
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: String(article.id) },
        user: { relationTo: 'users', value: editor.id },
      },
    } as never)
    await payload.jobs.runByID({ id: job.id })
    expect((await search('en', w)).ids).toEqual([article.id])
  })

  it('npm run search:reindex rebuilds a lost index, and a second run writes nothing', async () => {
    const w = word('zqreindex')
    const article = await publish(
      { title: `Reindexed ${w}`, summary: 'S.', text: 'B.' },
      null,
      '2025-01-01T00:00:00.000Z',
    )
    for (const collection of ['search-entries', 'search-postings'] as const) {
      await payload.delete({ collection, where: { article: { equals: article.id } }, overrideAccess: true })
    }
    expect((await search('en', w)).totalDocs).toBe(0)
    const progress: number[] = []
    const first = await reindexAll(payload, { onProgress: ({ done }) => progress.push(done) })
    expect(first.written).toBeGreaterThanOrEqual(1)
    expect(progress.at(-1)).toBe(first.total)
    expect((await search('en', w)).ids).toEqual([article.id])
    expect((await reindexAll(payload)).written).toBe(0)
  })

  it('visitors cannot read or write the index over the API', async () => {
    const read = payload.find({ collection: 'search-entries', overrideAccess: false, user: null })
    await expect(read).rejects.toThrow(/not allowed/i)
    const write = payload.create({
      collection: 'search-entries',
      overrideAccess: false,
      user: editor,
      data: { locale: 'en' as const, releaseDate: '2025-01-01T00:00:00.000Z' },
      draft: false,
    })
    await expect(write).rejects.toThrow(/not allowed/i)
  })
})

describe(`admin list search on ${databaseKind()}`, () => {
  it('finds an English or a Chinese word in either language’s title or summary, whatever the locale shown', async () => {
    const w = word('zqadmin')
    const article = await publish(
      { title: `Admin list ${w}`, summary: 'English summary.', text: 'B.' },
      { title: `后台列表${RARE_OTHER}`, summary: `中文摘要。`, text: '正文。' },
      '2025-01-01T00:00:00.000Z',
      'draft',
    )
    const articles = await payload.collections.articles.config
    const list = (locale: Locale, search: string) =>
      payload.find({
        collection: 'articles',
        locale,
        draft: true,
        overrideAccess: false,
        user: editor,
        where: mergeListSearchAndWhere({ collectionConfig: articles, search }),
        depth: 0,
      })
    for (const locale of ['en', 'zh'] as const) {
      expect(
        (await list(locale, RARE_OTHER)).docs.map((doc) => doc.id),
        `中文 with the ${locale} locale`,
      ).toContain(article.id)
      expect(
        (await list(locale, w)).docs.map((doc) => doc.id),
        `English with the ${locale} locale`,
      ).toContain(article.id)
    }
  })
})
