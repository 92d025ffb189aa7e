import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { PayloadId } from '@/lib/db/document-id'
import { type Locale, locales } from '@/lib/i18n/routing'

import { GII_ARTICLE_SLUG } from './content/gii-article'
import { giiCharts } from './content/gii-charts'
import type { SeedArticle } from './content/types'
import { coverImage } from './images'
import { chartBlockNode, toLexical } from './lexical'
import { ensureMedia } from './media'

const context = { disableRevalidate: true }
const DAY = 24 * 60 * 60 * 1000

interface Refs {
  categories: Map<string, PayloadId>
  tags: Map<string, PayloadId>
  datasetId: PayloadId
}

/**
 * Creates one seed article in its first language, then adds the second. A scheduled article is a
 * draft whose publication is queued for two weeks after seeding, so it is always in the future.
 */
export async function createArticle(payload: Payload, article: SeedArticle, refs: Refs): Promise<PayloadId> {
  const languages = locales.filter((locale) => article[locale])
  const draft = article.status !== 'published'
  const releaseDate =
    article.status === 'scheduled' ? new Date(Date.now() + 14 * DAY) : new Date(`${article.releaseDate}T09:00:00+08:00`)
  const coverAlt = { en: article.en?.title ?? article.zh!.title, zh: article.zh?.title ?? article.en!.title }
  const cover = await ensureMedia(payload, `cover-${article.key}.jpg`, coverAlt, () =>
    coverImage(article.key, article.cover),
  )

  const localized = (locale: Locale) => {
    const text = article[locale]!
    const charts = article.key === GII_ARTICLE_SLUG ? chartNodes(locale, refs.datasetId) : []
    return {
      title: text.title,
      summary: text.summary,
      body: toLexical(text.body, charts),
      source: { text: article.source?.[locale], url: article.source?.url },
      _status: draft ? ('draft' as const) : ('published' as const),
    }
  }

  const doc = await payload.create({
    collection: 'articles',
    locale: languages[0],
    draft,
    context,
    data: {
      ...localized(languages[0]),
      slug: article.key,
      releaseDate: releaseDate.toISOString(),
      featured: Boolean(article.featured),
      category: seededId(refs.categories, article.category, article.key),
      tags: article.tags.map((key) => seededId(refs.tags, key, article.key)),
      cover,
    },
  })
  for (const locale of languages.slice(1)) {
    await payload.update({ collection: 'articles', id: doc.id, locale, draft, context, data: localized(locale) })
  }
  if (article.status === 'scheduled') {
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: doc.id } },
      waitUntil: releaseDate,
    })
  }
  return doc.id
}

/** The id of a category or tag the seed created; the seed content names only ones it defines. */
function seededId(ids: Map<string, PayloadId>, key: string, article: string): PayloadId {
  const id = ids.get(key)
  if (id === undefined)
    throw new Error(
      `Seed article "${article}" names "${key}", which is not in the seed's categories or tags (lib/seed/content).`,
    )
  return id
}

function chartNodes(locale: Locale, datasetId: PayloadId) {
  return giiCharts.map((chart) =>
    chartBlockNode({
      id: randomBytes(12).toString('hex'),
      dataset: datasetId,
      kind: chart.kind,
      topN: chart.topN,
      highlight: [...chart.highlight],
      title: chart.title[locale],
      caption: chart.caption[locale],
    }),
  )
}
