import { describe, expect, it } from 'vitest'

import { withCompanyName } from '@/lib/company-name'
import { renderAtom } from '@/lib/seo/feed-xml'

describe('site settings never saved in a language', () => {
  it('name the site by its host, so the feeds still render', () => {
    const settings = withCompanyName<{ companyName?: string; copyright?: string | null }>(
      { copyright: null },
      'https://news.example:8443',
    )
    expect(settings.companyName).toBe('news.example')
    const atom = renderAtom(
      {
        title: settings.companyName,
        description: settings.companyName,
        language: 'zh-CN',
        link: 'https://news.example/zh',
        rssUrl: 'https://news.example/zh/rss.xml',
        atomUrl: 'https://news.example/zh/atom.xml',
        logo: 'https://news.example/logo.png',
        icon: 'https://news.example/favicon.svg',
        copyright: settings.copyright || settings.companyName,
        author: settings.companyName,
        updated: new Date('2026-12-02T00:00:00Z'),
      },
      [],
    )
    expect(atom).toContain('<name>news.example</name>')
  })

  it('keep a name that is there, without its stray spaces', () => {
    expect(withCompanyName({ companyName: '  Firm & Co ' }, 'https://news.example').companyName).toBe('Firm & Co')
    expect(withCompanyName({ companyName: '   ' }, 'https://news.example').companyName).toBe('news.example')
  })
})
