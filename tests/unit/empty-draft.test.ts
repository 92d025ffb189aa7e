import { describe, expect, it } from 'vitest'

import { isEmptyDraft } from '@/lib/content/empty-draft'
import { toLexical } from '@/lib/seed/lexical'

const emptyBody = { root: { type: 'root', children: [{ type: 'paragraph', children: [] }] } }

describe('an empty draft (what "Create New" stores before anyone types)', () => {
  it('has no title, summary, body or cover in any language', () => {
    expect(isEmptyDraft({})).toBe(true)
    expect(
      isEmptyDraft({
        title: { en: null, zh: '  ' },
        summary: { en: '' },
        body: { en: emptyBody, zh: null },
        cover: null,
      }),
    ).toBe(true)
  })

  it('is not empty once anything was written, in either language', () => {
    expect(isEmptyDraft({ title: { zh: '标题' } })).toBe(false)
    expect(isEmptyDraft({ summary: { en: 'A summary.' } })).toBe(false)
    expect(isEmptyDraft({ body: { zh: toLexical([{ type: 'paragraph', text: '正文。' }]) } })).toBe(false)
    expect(isEmptyDraft({ cover: 12 })).toBe(false)
  })
})
