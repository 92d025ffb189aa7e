import { unstable_cache } from 'next/cache'

import { cacheTags } from '@/lib/cache-tags'
import type { Locale } from '@/lib/i18n/routing'
import type { RankingDataset } from '@/payload-types'

import { payloadClient } from './payload'

/** The ranking dataset of a year in one language (for charts in MDX pages). */
export const getDatasetByYear = unstable_cache(
  async (locale: Locale, year: number): Promise<RankingDataset | null> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'ranking-datasets',
      locale,
      fallbackLocale: false,
      overrideAccess: false,
      where: { year: { equals: year } },
      limit: 1,
      depth: 0,
    })
    return docs[0] ?? null
  },
  ['dataset-by-year'],
  { tags: [cacheTags.datasets] },
)
