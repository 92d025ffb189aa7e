import { describe, expect, it } from 'vitest'

import {
  formatSiteTime,
  instantOf,
  schedulingTimeZones,
  shiftZone,
  siteTimeZone,
  timeZoneName,
  wallClock,
} from '@/lib/site-time'

describe('the site time zone', () => {
  it('is Beijing time unless SITE_TIME_ZONE names another zone', () => {
    expect(siteTimeZone(undefined)).toBe('Asia/Shanghai')
    expect(siteTimeZone('  ')).toBe('Asia/Shanghai')
    expect(siteTimeZone('Europe/London')).toBe('Europe/London')
  })

  it('a zone Intl does not know stops start-up with the fix', () => {
    expect(() => siteTimeZone('Mars/Olympus')).toThrow(
      /SITE_TIME_ZONE="Mars\/Olympus" is not an IANA time zone.*Asia\/Shanghai/,
    )
  })

  it('is named as editors say it, in both admin languages', () => {
    expect(timeZoneName('Asia/Shanghai', 'en')).toBe('Beijing time')
    expect(timeZoneName('Asia/Shanghai', 'zh')).toBe('北京时间')
    expect(timeZoneName('Europe/Paris', 'zh')).toBe('中欧标准时间')
  })

  it('is the first scheduling choice, each choice named in both languages', () => {
    const zones = schedulingTimeZones('Asia/Shanghai')
    expect(zones[0]).toEqual({ value: 'Asia/Shanghai', label: '北京时间 · Beijing time' })
    expect(new Set(zones.map((zone) => zone.value)).size).toBe(zones.length)
    expect(schedulingTimeZones('Europe/Paris')[0].value).toBe('Europe/Paris')
  })
})

describe('times in the site zone', () => {
  const at = new Date('2026-12-16T06:36:00Z')

  it('read as the admin expects: 2026年12月16日 14:36 and 16 Dec 2026, 14:36', () => {
    expect(formatSiteTime(at, 'zh', 'Asia/Shanghai')).toBe('2026年12月16日 14:36')
    expect(formatSiteTime(at, 'en', 'Asia/Shanghai')).toBe('16 Dec 2026, 14:36')
    expect(formatSiteTime('not a date', 'en', 'Asia/Shanghai')).toBe('')
  })

  it('a Beijing wall clock maps to its instant and back', () => {
    expect(wallClock(at, 'Asia/Shanghai')).toEqual({ year: 2026, month: 12, day: 16, hour: 14, minute: 36 })
    expect(instantOf({ year: 2026, month: 12, day: 16, hour: 14, minute: 36 }, 'Asia/Shanghai').toISOString()).toBe(
      at.toISOString(),
    )
  })

  it('a picker in London shows 14:36 for 14:36 Beijing time, and writes back the same instant', () => {
    const shown = shiftZone(at, 'Asia/Shanghai', 'Europe/London')
    expect(wallClock(shown, 'Europe/London')).toMatchObject({ hour: 14, minute: 36, day: 16 })
    expect(shiftZone(shown, 'Europe/London', 'Asia/Shanghai').toISOString()).toBe(at.toISOString())
  })

  it('across a daylight-saving change the offset of that day is used', () => {
    // London on 29 March 2026 at 02:30 is summer time (UTC+1).
    expect(instantOf({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/London').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    )
    expect(instantOf({ year: 2026, month: 1, day: 29, hour: 2, minute: 30 }, 'Europe/London').toISOString()).toBe(
      '2026-01-29T02:30:00.000Z',
    )
  })
})
