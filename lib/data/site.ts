import { unstable_cache } from 'next/cache'

import { cacheTags } from '@/lib/cache-tags'
import type { Locale } from '@/lib/i18n/routing'
import { withCompanyName } from '@/lib/company-name'
import { siteUrl } from '@/lib/site-url'
import type { Header, SiteSetting } from '@/payload-types'

import { payloadClient } from './payload'

/** The footer and contact facts in one language. */
export const getSiteSettings = unstable_cache(
  async (locale: Locale): Promise<SiteSetting> => {
    const payload = await payloadClient()
    const settings = await payload.findGlobal({
      slug: 'site-settings',
      locale,
      fallbackLocale: false,
      depth: 1,
      overrideAccess: false,
    })
    return withCompanyName(settings, siteUrl())
  },
  ['site-settings'],
  { tags: [cacheTags.settings, cacheTags.media] },
)

export const getHeader = unstable_cache(
  async (locale: Locale): Promise<Header> => {
    const payload = await payloadClient()
    return payload.findGlobal({ slug: 'header', locale, fallbackLocale: false, depth: 0, overrideAccess: false })
  },
  ['header'],
  { tags: [cacheTags.header] },
)
