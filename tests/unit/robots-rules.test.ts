import { describe, expect, it } from 'vitest'

import { isAllowed, robotsRules } from '../support/robots-rules'

/** The robots.txt reader the e2e tests use must read it as crawlers do, or its verdicts mean nothing. */
describe('reading robots.txt as a crawler', () => {
  const text = [
    'User-Agent: *',
    'Allow: /',
    'Allow: /api/media/file/',
    'Disallow: /admin',
    'Disallow: /api/',
    'Disallow: /en/search?',
    'Disallow: /*.pdf$',
    '',
    'User-Agent: otherbot',
    'Disallow: /',
    '',
    'Sitemap: https://example.com/sitemap.xml',
  ].join('\n')
  const rules = robotsRules(text)

  it('the longest matching rule wins, whichever comes first', () => {
    expect(isAllowed(rules, 'https://example.com/api/media/file/cover.webp')).toBe(true)
    expect(isAllowed(rules, 'https://example.com/api/articles')).toBe(false)
    expect(
      isAllowed(robotsRules('User-agent: *\nDisallow: /api/\nAllow: /api/media/file/'), '/api/media/file/a.png'),
    ).toBe(true)
    expect(
      isAllowed(
        robotsRules('User-agent: *\nAllow: /api/media/file/\nDisallow: /api/media/file/private/'),
        '/api/media/file/private/a',
      ),
    ).toBe(false)
  })

  it('matches paths with their query, prefixes, wildcards and $', () => {
    expect(isAllowed(rules, '/en/search')).toBe(true)
    expect(isAllowed(rules, '/en/search?q=patent')).toBe(false)
    expect(isAllowed(rules, '/admin/collections')).toBe(false)
    expect(isAllowed(rules, '/files/report.pdf')).toBe(false)
    expect(isAllowed(rules, '/files/report.pdf?x=1')).toBe(true)
  })

  it('reads the group of the named agent, else *', () => {
    expect(isAllowed(robotsRules(text, 'otherbot'), '/en')).toBe(false)
    expect(isAllowed(robotsRules(text, 'Googlebot'), '/en')).toBe(true)
  })

  it('without the Allow for media files, a cover under /api/ is blocked', () => {
    expect(isAllowed(robotsRules('User-agent: *\nAllow: /\nDisallow: /api/'), '/api/media/file/cover.webp')).toBe(false)
  })
})
