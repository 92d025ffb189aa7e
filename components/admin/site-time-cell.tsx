import type { DefaultServerCellComponentProps } from 'payload'

import { formatSiteTime, siteTimeZone } from '@/lib/site-time'

import { adminLanguage } from './admin-messages'

/** A list cell with a date in the site's time zone (the column's label names the zone). */
export function SiteTimeCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' && typeof cellData !== 'number' && !(cellData instanceof Date)) return null
  const text = formatSiteTime(cellData, adminLanguage(i18n.language), siteTimeZone())
  return <time dateTime={new Date(cellData).toISOString()}>{text}</time>
}
