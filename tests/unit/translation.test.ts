import { describe, expect, it } from 'vitest'

import { lexicalHasContent, lexicalPlainText } from '@/lib/content/lexical'
import { isTranslationComplete, translationGaps } from '@/lib/content/translation'
import { toLexical } from '@/lib/seed/lexical'

const emptyEditor = { root: { type: 'root', children: [{ type: 'paragraph', children: [] }] } }

describe('translation availability', () => {
  it('counts a language as translated only with title, summary and body', () => {
    const body = toLexical([{ type: 'paragraph', text: '正文' }])
    expect(isTranslationComplete({ title: '标题', summary: '摘要', body })).toBe(true)
    expect(translationGaps({ title: '标题', summary: '', body })).toEqual(['summary'])
    expect(translationGaps({ title: '  ', summary: null, body: emptyEditor })).toEqual(['title', 'summary', 'body'])
  })

  it('sees text and embedded blocks as content, an empty paragraph as none', () => {
    expect(lexicalHasContent(emptyEditor)).toBe(false)
    expect(lexicalHasContent({ root: { type: 'root', children: [{ type: 'block', fields: {} }] } })).toBe(true)
    expect(
      lexicalPlainText(
        toLexical([
          { type: 'question', label: 'Q1', text: 'Why?' },
          { type: 'answer', speaker: 'Yin', text: 'Because.' },
        ]),
      ),
    ).toBe('Q1: Why?\nYin: Because.')
  })
})
