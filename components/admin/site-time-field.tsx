'use client'

import {
  DatePicker,
  FieldDescription,
  FieldError,
  FieldLabel,
  useConfig,
  useField,
  useTranslation,
} from '@payloadcms/ui'
import type { DateFieldClientProps } from 'payload'
import { useMemo } from 'react'

import { DEFAULT_SITE_TIME_ZONE, formatSiteTime, shiftZone } from '@/lib/site-time'

import { adminLanguage, adminMessages, fill } from './admin-messages'

/**
 * A date and time field read and written in the site's time zone, wherever the editor's computer
 * is: the picker shows the site's clock (Payload's shows the browser's), in the admin's language
 * from the first paint. The field's label names the zone.
 */
export function SiteTimeField({ field, path: pathFromProps, readOnly }: DateFieldClientProps) {
  const { config } = useConfig()
  const { i18n, t } = useTranslation()
  const { value, setValue, showError, path, disabled } = useField<string>({ potentiallyStalePath: pathFromProps })
  const siteZone = config.admin.timezones.defaultTimezone ?? DEFAULT_SITE_TIME_ZONE
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  const language = adminLanguage(i18n.language)
  const words = adminMessages(i18n.language).siteTime
  const shown = useMemo(
    () => (value ? shiftZone(new Date(value), siteZone, browserZone) : undefined),
    [value, siteZone, browserZone],
  )
  const locked = Boolean(readOnly || disabled || field.admin?.readOnly)

  // The label names the site's zone; an editor elsewhere also sees the time on their own clock.
  const note =
    value && browserZone !== siteZone
      ? fill(words.yourClock, { time: formatSiteTime(value, language, browserZone) })
      : undefined

  return (
    <div
      className={['field-type', 'date-time-field', showError && 'date-time-field--has-error', locked && 'read-only']
        .filter(Boolean)
        .join(' ')}
    >
      <FieldLabel label={field.label} localized={field.localized} path={path} required={field.required} />
      <div className="field-type__wrap" id={`field-${path.replace(/\./g, '__')}`}>
        <FieldError path={path} showError={showError} />
        <DatePicker
          pickerAppearance="dayAndTime"
          displayFormat="yyyy-MM-dd HH:mm"
          timeFormat="HH:mm"
          timeIntervals={15}
          readOnly={locked}
          value={shown?.toISOString()}
          onChange={(picked) => setValue(picked ? shiftZone(picked, browserZone, siteZone).toISOString() : null)}
          // Payload registers the picker's language after the first paint; handing it over directly
          // draws the month names and the time column in the admin's language at once.
          overrides={{ locale: i18n.dateFNS, timeCaption: t('general:time') }}
        />
      </div>
      {note ? <FieldDescription description={note} path={path} /> : null}
    </div>
  )
}
