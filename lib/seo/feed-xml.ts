import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'

/** What a news feed says, whatever its format. Every string may hold anything an editor typed. */
export interface FeedChannel {
  title: string
  description: string
  /** BCP 47, e.g. "zh-CN". */
  language: string
  /** The home page of this language. */
  link: string
  rssUrl: string
  atomUrl: string
  logo: string
  icon: string
  copyright: string
  author: string
  updated: Date
}

export interface FeedEntry {
  title: string
  link: string
  summary: string | null
  published: Date
  updated: Date
  category: string | null
}

const ATOM = 'http://www.w3.org/2005/Atom'
const DC = 'http://purl.org/dc/elements/1.1/'

/**
 * An XML document whose text and attribute values are escaped by the builder (so `<`, `&` and
 * `]]>` stay text: no CDATA, which a title containing `]]>` could close) and whose characters XML
 * cannot carry (control characters, lone surrogates) are dropped rather than breaking the document.
 */
const xmlDocument = () => create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' })

/**
 * xmlbuilder2 escapes `<`, `>` and quotes but leaves anything shaped like an entity (`&amp;`,
 * `&nbsp;`) alone, so "&nbsp;" typed by an editor would become an undefined entity (not XML) and
 * "&amp;" would lose its text. Every `&` is made an entity first; the builder then keeps it.
 */
const literal = (value: string) => value.replace(/&/g, '&amp;')

/** An element with attributes (escaped as above), returned for its children. */
const element = (parent: XMLBuilder, name: string, attributes: Record<string, string> = {}) =>
  parent.ele(name, Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, literal(value)])))

/** An element holding text, for chaining on the parent. */
const text = (parent: XMLBuilder, name: string, value: string, attributes?: Record<string, string>) =>
  element(parent, name, attributes).txt(literal(value)).up()

/** RSS 2.0 (https://www.rssboard.org/rss-specification), with the Atom self link feed readers expect. */
export function renderRss(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const root = xmlDocument().ele('rss', { version: '2.0', 'xmlns:atom': ATOM, 'xmlns:dc': DC })
  const head = root.ele('channel')
  text(head, 'title', channel.title)
  text(head, 'link', channel.link)
  text(head, 'description', channel.description)
  text(head, 'language', channel.language)
  text(head, 'copyright', channel.copyright)
  text(head, 'lastBuildDate', channel.updated.toUTCString())
  text(head, 'docs', 'https://www.rssboard.org/rss-specification')
  element(head, 'atom:link', { href: channel.rssUrl, rel: 'self', type: 'application/rss+xml' })
  const image = element(head, 'image')
  text(image, 'url', channel.logo)
  text(image, 'title', channel.title)
  text(image, 'link', channel.link)
  for (const entry of entries) {
    const item = element(head, 'item')
    text(item, 'title', entry.title)
    text(item, 'link', entry.link)
    text(item, 'guid', entry.link, { isPermaLink: 'true' })
    text(item, 'pubDate', entry.published.toUTCString())
    if (entry.summary) text(item, 'description', entry.summary)
    // RSS's own <author> must be an email address; the name goes in Dublin Core's creator.
    text(item, 'dc:creator', channel.author)
    if (entry.category) text(item, 'category', entry.category)
  }
  return root.end({ prettyPrint: true })
}

/** Atom 1.0 (RFC 4287). */
export function renderAtom(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const feed = xmlDocument().ele(ATOM, 'feed', { 'xml:lang': channel.language })
  text(feed, 'id', channel.link)
  text(feed, 'title', channel.title, { type: 'text' })
  text(feed, 'subtitle', channel.description, { type: 'text' })
  text(feed, 'updated', channel.updated.toISOString())
  element(feed, 'link', { rel: 'alternate', type: 'text/html', href: channel.link })
  element(feed, 'link', { rel: 'self', type: 'application/atom+xml', href: channel.atomUrl })
  const author = element(feed, 'author')
  text(author, 'name', channel.author)
  text(author, 'uri', channel.link)
  text(feed, 'rights', channel.copyright, { type: 'text' })
  text(feed, 'icon', channel.icon)
  text(feed, 'logo', channel.logo)
  for (const entry of entries) {
    const item = element(feed, 'entry')
    text(item, 'id', entry.link)
    text(item, 'title', entry.title, { type: 'text' })
    element(item, 'link', { rel: 'alternate', type: 'text/html', href: entry.link })
    text(item, 'published', entry.published.toISOString())
    text(item, 'updated', entry.updated.toISOString())
    if (entry.summary) text(item, 'summary', entry.summary, { type: 'text' })
    if (entry.category) element(item, 'category', { term: entry.category })
  }
  return feed.end({ prettyPrint: true })
}
