import { type Locale, locales } from '@/lib/i18n/routing'
import { listPageLocales } from '@/lib/seo/alternates'

import { PAGE_SIZE, countListArticles } from './articles'
import { getCategory, getTag } from './taxonomy'

type ListFilter = { categoryId?: number | string; tagId?: number | string }

/** How many visible articles a list has in each language it exists in (`filterIn` is null where it does not). */
async function countsIn(filterIn: (locale: Locale) => Promise<ListFilter | null>): Promise<Partial<Record<Locale, number>>> {
  const counts = await Promise.all(
    locales.map(async (locale) => {
      const filter = await filterIn(locale)
      return filter ? [[locale, await countListArticles(locale, filter)] as const] : []
    }),
  )
  return Object.fromEntries(counts.flat())
}

/** The languages page `page` of the news center exists in, for its hreflang alternates. */
export async function newsPageLocales(page: number): Promise<Locale[]> {
  return listPageLocales(page, await countsIn(async () => ({})), { pageSize: PAGE_SIZE })
}

/** The languages page `page` of a category exists in: it has a name there, and that many pages. */
export async function categoryPageLocales(slug: string, page: number): Promise<Locale[]> {
  const counts = await countsIn(async (locale) => {
    const category = await getCategory(locale, slug)
    return category ? { categoryId: category.id } : null
  })
  return listPageLocales(page, counts, { pageSize: PAGE_SIZE })
}

/** The languages page `page` of a tag exists in: it has articles there (as in the sitemap), and that many pages. */
export async function tagPageLocales(slug: string, page: number): Promise<Locale[]> {
  const counts = await countsIn(async (locale) => {
    const tag = await getTag(locale, slug)
    return tag ? { tagId: tag.id } : null
  })
  return listPageLocales(page, counts, { pageSize: PAGE_SIZE, needsArticles: true })
}
