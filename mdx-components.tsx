import type { MDXComponents } from 'mdx/types'

import { ContactDetails } from '@/components/mdx/contact-details'
import { LatestNews } from '@/components/mdx/latest-news'
import { RankingChart } from '@/components/mdx/ranking-chart'

/** Components every MDX page may use without importing them. */
const components: MDXComponents = { ContactDetails, LatestNews, RankingChart }

export function useMDXComponents(): MDXComponents {
  return components
}
