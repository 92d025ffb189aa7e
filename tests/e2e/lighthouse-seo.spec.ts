import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { GII_ARTICLE_SLUG } from '../../lib/seed/content'
import { runLighthouse } from '../support/lighthouse.mjs'

/** The part of Lighthouse's result this test reads. */
interface LighthouseRun {
  url: string
  lhr: {
    categories: { seo: { score: number | null } }
    audits: Record<string, { id: string; score: number | null; scoreDisplayMode: string }>
  }
}

/** Lighthouse's SEO category on home, news center, an article, a tag page and search, in both languages. */
test('Lighthouse SEO scores 1.0 on every public page type in both languages', async ({ request }) => {
  test.setTimeout(300_000)
  const origin = test.info().project.use.baseURL!
  const tag = (await (await request.get('/api/tags?limit=1&locale=en')).json()).docs[0].slug
  const pages = ['', '/news', `/news/${GII_ARTICLE_SLUG}`, `/tags/${tag}`, '/search']
  const urls = ['en', 'zh'].flatMap((locale) => pages.map((page) => `${origin}/${locale}${page}`))
  const results: LighthouseRun[] = await runLighthouse(urls, { categories: ['seo'] })
  const scores = results.map(({ url, lhr }) => ({
    url: url.replace(origin, ''),
    score: lhr.categories.seo.score,
    failed: Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
      .map((audit) => audit.id),
  }))
  fs.mkdirSync('test-results', { recursive: true })
  fs.writeFileSync(path.join('test-results', 'lighthouse-seo.json'), JSON.stringify(scores, null, 2))
  console.log(scores.map(({ url, score }) => `${url}: ${score}`).join('\n'))
  expect(scores.filter(({ score }) => score !== 1)).toEqual([])
})
