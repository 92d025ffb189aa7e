import { renderToStaticMarkup } from 'react-dom/server'
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'

import { SearchSnippet } from '@/components/article/search-snippet'
import { postingTerms } from '@/lib/search/entry'
import { compareRelevance, relevance, snippet } from '@/lib/search/match'
import { queryKey, queryTerms, textTerms, tokenize } from '@/lib/search/tokens'

const texts = (title: string, summary = '', body = '') => ({ title, summary, body })
const marked = (parts: { text: string; match: boolean }[]) =>
  parts.filter((part) => part.match).map((part) => part.text)

describe('how search reads text', () => {
  it('reads Latin words NFKC-normalized and lower-cased, and Chinese one character at a time', () => {
    const units = tokenize('ＷＩＰＯ’s 创新指数, 2025!')
    expect(units.map((unit) => unit.text)).toEqual(['wipo', 's', '创', '新', '指', '数', '2025'])
    expect(units.map((unit) => unit.position)).toEqual([0, 1, 2, 3, 4, 5, 6])
    // Offsets point into the original text, full-width letters included.
    expect('ＷＩＰＯ’s 创新指数, 2025!'.slice(units[0].start, units[0].end)).toBe('ＷＩＰＯ')
  })

  it('indexes every Chinese character and every pair of neighbours, never a pair across punctuation or a word', () => {
    const terms = textTerms(tokenize('深圳专利，WIPO创新'))
    for (const term of ['深圳', '圳专', '专利', '深', '利', '创新', 'wipo']) expect(terms).toContain(term)
    expect(terms).not.toContain('利创')
    expect(terms).not.toContain('利w')
  })

  it('looks a two-character query up as its pair, a longer one as its pairs, a lone character as itself', () => {
    expect(queryTerms('深圳')).toEqual([{ term: '深圳', offset: 0, width: 2 }])
    expect(queryTerms('知识产权').map((term) => [term.term, term.offset])).toEqual([
      ['知识', 0],
      ['识产', 1],
      ['产权', 2],
    ])
    expect(queryTerms('中').map((term) => term.term)).toEqual(['中'])
    expect(queryTerms('WIPO 创新').map((term) => [term.term, term.offset])).toEqual([
      ['wipo', 0],
      ['创新', 1],
    ])
  })

  it('gives the same cache key to the same query however it is typed', () => {
    expect(queryKey(queryTerms('  Patent  Law '))).toBe(queryKey(queryTerms('patent law')))
    expect(queryKey(queryTerms('ＰＡＴＥＮＴ'))).toBe(queryKey(queryTerms('patent')))
    expect(queryKey(queryTerms('patent law'))).not.toBe(queryKey(queryTerms('law patent')))
    expect(queryTerms('!!! ——')).toEqual([])
  })

  it('looks up at most the first 12 terms of a long query', () => {
    expect(queryTerms('专利'.repeat(50))).toHaveLength(12)
    expect(
      queryTerms(Array.from({ length: 30 }, (_, index) => `w${index}`).join(' '))
        .map((term) => term.term)
        .at(-1),
    ).toBe('w11')
  })

  it('stores each term once, with its language, scored by the heaviest field it occurs in', () => {
    const stored = postingTerms(
      'en',
      texts('Patent news', 'A patent summary on trademarks', 'Body about patent and trademarks and 专利'),
    )
    const score = new Map(stored.map(({ term, score }) => [term, score]))
    expect(score.get('en:patent')).toBe(3)
    expect(score.get('en:trademarks')).toBe(2)
    expect(score.get('en:专利')).toBe(1)
    expect(score.get('en:专')).toBe(1)
    expect(new Set(stored.map(({ term }) => term)).size).toBe(stored.length)
  })
})

describe('ranking', () => {
  const order = (query: string, candidates: { id: number; releaseDate: string; texts: ReturnType<typeof texts> }[]) =>
    candidates
      .map((candidate) => ({ ...candidate, relevance: relevance(candidate.texts, queryTerms(query)) }))
      .filter((candidate) => candidate.relevance.matches)
      .sort(compareRelevance)
      .map((candidate) => candidate.id)

  it('puts the title above the summary above the body, newer first on ties', () => {
    expect(
      order('patent', [
        { id: 1, releaseDate: '2025-01-03', texts: texts('News', 'Nothing', 'A patent in the body') },
        { id: 2, releaseDate: '2025-01-01', texts: texts('Patent in the title') },
        { id: 3, releaseDate: '2025-01-02', texts: texts('News', 'Patent in the summary') },
        { id: 4, releaseDate: '2025-01-04', texts: texts('Patent again in a title') },
        { id: 5, releaseDate: '2025-01-05', texts: texts('Unrelated', 'Unrelated', 'Unrelated') },
      ]),
    ).toEqual([4, 2, 3, 1])
  })

  it('puts the words side by side above the same words apart, and needs every word', () => {
    expect(
      order('patent law', [
        { id: 1, releaseDate: '2025-01-03', texts: texts('Law and the patent office') },
        { id: 2, releaseDate: '2025-01-01', texts: texts('News', '', 'On patent law in China') },
        { id: 3, releaseDate: '2025-01-02', texts: texts('Patent only') },
      ]),
    ).toEqual([2, 1])
  })

  it('matches mixed queries and Chinese phrases by position', () => {
    expect(
      order('WIPO 创新', [
        { id: 1, releaseDate: '2025-01-01', texts: texts('WIPO发布全球创新指数') },
        { id: 2, releaseDate: '2025-01-02', texts: texts('', '', 'WIPO 创新指数') },
        { id: 3, releaseDate: '2025-01-03', texts: texts('创新') },
      ]),
    ).toEqual([2, 1])
    expect(
      order('知识产权', [
        { id: 1, releaseDate: '2025-01-01', texts: texts('产权与知识，见识产业') },
        { id: 2, releaseDate: '2025-01-02', texts: texts('', '', '保护知识产权') },
      ]),
    ).toEqual([2, 1])
  })
})

describe('highlighted snippets', () => {
  it('marks every matched term in the passage around the phrase', () => {
    const body = `${'Filler text before. '.repeat(20)}The new patent law takes effect in June, and patent owners gain time.${' Filler after.'.repeat(20)}`
    const parts = snippet(body, queryTerms('patent law'), 180)
    expect(parts[0]).toEqual({ text: '…', match: false })
    expect(marked(parts)).toEqual(['patent', 'law', 'patent'])
    expect(parts.map((part) => part.text).join('').length).toBeLessThan(220)
  })

  it('marks a Chinese word as one piece', () => {
    const parts = snippet('本所在深圳设有办公室，深圳的专利申请量持续增长。', queryTerms('深圳专利'), 90)
    expect(marked(parts)).toEqual(['深圳', '深圳', '专利'])
    expect(marked(snippet('保护知识产权。', queryTerms('知识产权'), 90))).toEqual(['知识产权'])
  })

  it('starts at the beginning of the body when the words are only in the title', () => {
    expect(snippet('A body without the word.', queryTerms('patent'), 180)).toEqual([
      { text: 'A body without the word.', match: false },
    ])
  })

  it('keeps stored markup as text: a <script> in a body is shown, never run', () => {
    const hostile = 'Before <script>alert("patent")</script> & <b>patent</b> after'
    const html = renderToStaticMarkup(
      createElement(SearchSnippet, { parts: snippet(hostile, queryTerms('patent'), 180) }),
    )
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>')
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;<mark>patent</mark>&quot;)&lt;/script&gt; &amp; &lt;b&gt;<mark>patent</mark>&lt;/b&gt;',
    )
  })
})
