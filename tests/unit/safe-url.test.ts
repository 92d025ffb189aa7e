import { describe, expect, it } from 'vitest'

import { isSafeUrl, unsafeLinks } from '@/lib/content/safe-url'

describe('isSafeUrl', () => {
  it('accepts web, mail and phone addresses and site paths', () => {
    for (const url of [
      'https://www.wipo.int/gii',
      'http://example.com',
      'mailto:ip@example.com',
      'tel:+8675500000000',
      '/en/news',
      '#top',
    ]) {
      expect(isSafeUrl(url), url).toBe(true)
    }
  })

  it('refuses script and data URLs however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\u0000script:x',
      'data:text/html,<script>',
      'vbscript:x',
      '//evil.example',
      '',
      'ftp://x',
    ]) {
      expect(isSafeUrl(url), JSON.stringify(url)).toBe(false)
    }
  })
})

describe('unsafeLinks', () => {
  it('finds unsafe external links anywhere in a Lexical document', () => {
    const doc = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'link', fields: { url: 'javascript:alert(1)', linkType: 'custom' }, children: [] }],
          },
          {
            type: 'list',
            children: [
              {
                type: 'listitem',
                children: [{ type: 'autolink', fields: { url: 'https://ok.example' }, children: [] }],
              },
            ],
          },
        ],
      },
    }
    expect(unsafeLinks(doc)).toEqual(['javascript:alert(1)'])
  })
})
