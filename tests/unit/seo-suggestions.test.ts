import { describe, expect, it } from 'vitest'

import { shorten, suggestSeoDescription, suggestSeoTitle } from '@/lib/seo/suggestions'

describe('SEO suggestions from the article', () => {
  it('a short title is suggested as it is', () => {
    expect(suggestSeoTitle('  Patent filing   in China ', 'en')).toBe('Patent filing in China')
  })

  it('a long English title is cut at a word, with an ellipsis, within 60 characters', () => {
    const title = 'Europe in the 2025 Cluster Ranking: London Surges, Germany Shows Its Breadth Across Many Fields'
    const suggestion = suggestSeoTitle(title, 'en')
    expect(suggestion.length).toBeLessThanOrEqual(60)
    expect(suggestion).toBe('Europe in the 2025 Cluster Ranking: London Surges, Germany…')
  })

  it('a long Chinese title is cut within 30 characters', () => {
    const suggestion = suggestSeoTitle(
      '二〇二五年全球科技集群排名：深圳—香港—广州集群连续多年位居全球第一，北京、上海紧随其后',
      'zh',
    )
    expect(suggestion.length).toBeLessThanOrEqual(30)
    expect(suggestion.endsWith('…')).toBe(true)
  })

  it('the description comes from the summary, else the body, ending at a sentence where it can', () => {
    const first =
      'The firm will hold a client seminar on building an overseas IP portfolio, for companies preparing to sell abroad.'
    const summary = `${first} Places are limited, and registration opens next month for founders and in-house counsel.`
    expect(suggestSeoDescription(summary, 'ignored', 'en')).toBe(first)
    // A first sentence shorter than half the room: cut at a word instead.
    const short = suggestSeoDescription(`Short one. ${'Many more words follow here '.repeat(8)}`, '', 'en')
    expect(short.endsWith('…')).toBe(true)
    expect(short.length).toBeLessThanOrEqual(155)
    expect(suggestSeoDescription('', 'Body text only.', 'en')).toBe('Body text only.')
    expect(suggestSeoDescription(null, '正文第一句。正文第二句。', 'zh')).toBe('正文第一句。正文第二句。')
  })

  it('never ends on a dangling comma', () => {
    expect(shorten('alpha, beta, gamma, delta, epsilon, zeta, eta, theta', 22, 'en')).toBe('alpha, beta, gamma…')
  })
})
