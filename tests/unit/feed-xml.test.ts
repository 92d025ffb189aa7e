import { describe, expect, it } from 'vitest'

import { type FeedChannel, type FeedEntry, renderAtom, renderRss } from '@/lib/seo/feed-xml'

import { feedSchema, validateXml, xpathString } from '../support/xmllint'

const channel: FeedChannel = {
  title: 'Firm & <Partners> news',
  description: 'The latest news.',
  language: 'zh-CN',
  link: 'https://news.example/zh',
  rssUrl: 'https://news.example/zh/rss.xml',
  atomUrl: 'https://news.example/zh/atom.xml',
  logo: 'https://news.example/logo.png',
  icon: 'https://news.example/favicon.svg',
  copyright: '© 2026 Firm & Co',
  author: 'Firm & Co',
  updated: new Date('2026-11-30T08:00:00Z'),
}

/** What editors may type, at its worst. */
const hostile = {
  title: 'Breaking ]]> twice ]]><injected>yes</injected> & <b>bold</b> &amp; &nbsp; &#0; "quoted" \'single\'',
  summary: 'Summary with\u0000 NUL, \u0008 backspace, \u001b escape, \u000b tab, a lone \ud800 surrogate and 中文 ✓ 😀',
  category: '<script>alert("x")</script> & "Cat"',
}
/** The same strings as a reader must get them: only characters XML cannot carry are gone. */
const readable = {
  title: hostile.title,
  summary: 'Summary with NUL,  backspace,  escape,  tab, a lone  surrogate and 中文 ✓ 😀',
  category: hostile.category,
}

const entries: FeedEntry[] = [
  {
    title: hostile.title,
    link: 'https://news.example/zh/news/breaking',
    summary: hostile.summary,
    published: new Date('2026-11-29T10:00:00Z'),
    updated: new Date('2026-11-29T10:00:00Z'),
    category: hostile.category,
  },
  {
    title: 'A plain one',
    link: 'https://news.example/zh/news/plain',
    summary: null,
    published: new Date('2026-11-28T10:00:00Z'),
    updated: new Date('2026-11-28T10:00:00Z'),
    category: null,
  },
]

const atom = (path: string) => path.replace(/(\w+)/g, "*[local-name()='$1']")

describe('feeds stay valid XML whatever editors type', () => {
  it('RSS 2.0: valid against the RSS grammar, every hostile string read back as text', () => {
    const xml = renderRss(channel, entries)
    validateXml(xml, feedSchema.rss)
    expect(xpathString(xml, '/rss/channel/title')).toBe(channel.title)
    expect(xpathString(xml, '/rss/channel/item[1]/title')).toBe(readable.title)
    expect(xpathString(xml, '/rss/channel/item[1]/description')).toBe(readable.summary)
    expect(xpathString(xml, '/rss/channel/item[1]/category')).toBe(readable.category)
    expect(xpathString(xml, 'count(//injected)')).toBe('0')
    expect(xpathString(xml, 'count(/rss/channel/item)')).toBe('2')
    expect(xpathString(xml, 'count(/rss/channel/item[2]/description)')).toBe('0')
  })

  it('Atom 1.0: valid against the Atom grammar, the category term with markup kept as text', () => {
    const xml = renderAtom(channel, entries)
    validateXml(xml, feedSchema.atom)
    expect(xpathString(xml, `/${atom('feed/title')}`)).toBe(channel.title)
    expect(xpathString(xml, `/${atom('feed/entry')}[1]/${atom('title')}`)).toBe(readable.title)
    expect(xpathString(xml, `/${atom('feed/entry')}[1]/${atom('summary')}`)).toBe(readable.summary)
    expect(xpathString(xml, `/${atom('feed/entry')}[1]/${atom('category')}/@term`)).toBe(readable.category)
    expect(xpathString(xml, "count(//*[local-name()='injected'])")).toBe('0')
    expect(xpathString(xml, `/${atom('feed')}/@xml:lang`)).toBe('zh-CN')
  })

  it('the grammars refuse what a broken feed would look like', () => {
    const rss = renderRss(channel, entries)
    expect(() => validateXml(rss.replace('<title>A plain one</title>', ''), feedSchema.rss)).toThrow(/item/)
    const atomXml = renderAtom(channel, entries)
    expect(() => validateXml(atomXml.replace(/<updated>[^<]+<\/updated>/, ''), feedSchema.atom)).toThrow(/updated|feed/)
  })
})
