/**
 * The site's own time zone: release times, schedules and admin dates are read and shown in it.
 * The firm is in Shenzhen, so Beijing time unless SITE_TIME_ZONE names another IANA zone.
 */
export const DEFAULT_SITE_TIME_ZONE = 'Asia/Shanghai'

export type AdminLanguage = 'en' | 'zh'

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** SITE_TIME_ZONE, checked: a zone Intl does not know stops start-up with the fix. */
export function siteTimeZone(fromEnv = process.env.SITE_TIME_ZONE): string {
  const zone = fromEnv?.trim() || DEFAULT_SITE_TIME_ZONE
  if (!isTimeZone(zone)) {
    throw new Error(
      `SITE_TIME_ZONE="${zone}" is not an IANA time zone. Use a name such as Asia/Shanghai or Europe/London, or unset it for Beijing time.`,
    )
  }
  return zone
}

/** Zones an editor may pick when scheduling, named in both admin languages (Payload shows one label). */
const ZONE_NAMES: Record<string, { en: string; zh: string }> = {
  'Asia/Shanghai': { en: 'Beijing time', zh: '北京时间' },
  'Asia/Hong_Kong': { en: 'Hong Kong', zh: '香港' },
  'Asia/Singapore': { en: 'Singapore', zh: '新加坡' },
  'Asia/Tokyo': { en: 'Tokyo', zh: '东京' },
  'Europe/London': { en: 'London', zh: '伦敦' },
  'Europe/Berlin': { en: 'Berlin, Paris', zh: '柏林、巴黎' },
  'America/New_York': { en: 'New York', zh: '纽约' },
  'America/Los_Angeles': { en: 'Los Angeles', zh: '洛杉矶' },
  UTC: { en: 'UTC', zh: '协调世界时 (UTC)' },
}

/** The zone's name as an editor says it: "Beijing time" / "北京时间", else the Intl long name. */
export function timeZoneName(zone: string, language: AdminLanguage): string {
  const known = ZONE_NAMES[zone]
  if (known) return known[language]
  const part = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(new Date())
    .find(({ type }) => type === 'timeZoneName')
  return part?.value ?? zone
}

/** The scheduling choices: the site's zone first, then the others, each named in both languages. */
export function schedulingTimeZones(siteZone: string): { label: string; value: string }[] {
  const zones = [siteZone, ...Object.keys(ZONE_NAMES).filter((zone) => zone !== siteZone)]
  return zones.map((zone) => {
    const zh = timeZoneName(zone, 'zh')
    const en = timeZoneName(zone, 'en')
    return { value: zone, label: zh === en ? en : `${zh} · ${en}` }
  })
}

/** "2026年12月16日 14:36" / "16 Dec 2026, 14:36", in the given zone (24-hour clock). */
export function formatSiteTime(at: Date | string | number, language: AdminLanguage, zone: string): string {
  const date = new Date(at)
  if (Number.isNaN(date.getTime())) return ''
  const common = { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const
  return language === 'zh'
    ? new Intl.DateTimeFormat('zh-CN', { ...common, year: 'numeric', month: 'long', day: 'numeric' }).format(date)
    : new Intl.DateTimeFormat('en-GB', { ...common, year: 'numeric', month: 'short', day: 'numeric' }).format(date)
}

interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
}

/** The date and time a clock in `zone` shows at `at`. */
export function wallClock(at: Date, zone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at)
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value)
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') }
}

/** The instant at which a clock in `zone` shows `clock` (the later one when a DST change repeats it). */
export function instantOf(clock: WallClock, zone: string): Date {
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute)
  const offsetAt = (instant: number) => {
    const seen = wallClock(new Date(instant), zone)
    return Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute) - Math.floor(instant / 60_000) * 60_000
  }
  const first = asUtc - offsetAt(asUtc)
  return new Date(asUtc - offsetAt(first))
}

/**
 * The instant whose time in `toZone` reads as `at` reads in `fromZone`. Date pickers in a browser
 * show the browser's clock: shifting the value to and from the site's zone makes them show the
 * site's time wherever the editor is.
 */
export const shiftZone = (at: Date, fromZone: string, toZone: string): Date =>
  fromZone === toZone ? at : instantOf(wallClock(at, fromZone), toZone)
