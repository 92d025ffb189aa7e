import { describe, expect, it } from 'vitest'

import { formatReleaseDate } from '@/lib/format'
import { DEV_PAYLOAD_SECRET, payloadSecret } from '@/lib/security/secret'

describe('release dates', () => {
  it('read 2025-09-05 in English and 2025年9月5日 in Chinese, on Beijing time', () => {
    const iso = '2025-09-05T01:00:00.000Z'
    expect(formatReleaseDate(iso, 'en')).toBe('2025-09-05')
    expect(formatReleaseDate(iso, 'zh')).toBe('2025年9月5日')
    // 17:00 UTC on the 4th is already the 5th in Shenzhen.
    expect(formatReleaseDate('2025-09-04T17:00:00.000Z', 'en')).toBe('2025-09-05')
  })
})

describe('PAYLOAD_SECRET', () => {
  it('has a development default outside production', () => {
    expect(payloadSecret({ NODE_ENV: 'development' })).toBe(DEV_PAYLOAD_SECRET)
  })

  it('is refused in production when missing, short or the development default', () => {
    expect(() => payloadSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET must be set/)
    expect(() => payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow()
    expect(() => payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: DEV_PAYLOAD_SECRET })).toThrow()
    expect(payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'a'.repeat(40) })).toBe('a'.repeat(40))
  })
})
