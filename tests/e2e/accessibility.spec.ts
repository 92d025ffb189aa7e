import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { GII_ARTICLE_SLUG } from '../../lib/seed/content'

const pages = [
  '',
  '/news',
  '/news/page/2',
  '/news/category/news-updates',
  `/news/${GII_ARTICLE_SLUG}`,
  '/tags',
  '/tags/innovation-clusters',
  '/search?q=wipo',
  '/about',
  '/services',
  '/news/no-such-article',
]

for (const locale of ['en', 'zh'] as const) {
  for (const path of pages) {
    test(`axe: /${locale}${path} has no violations`, async ({ page }) => {
      await page.goto(`/${locale}${path}`)
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze()
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      expect(summary).toEqual([])
    })
  }
}
