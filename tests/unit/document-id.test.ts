import { describe, expect, it } from 'vitest'

import { relationId } from '@/lib/db/document-id'

describe('relationship ids on any database', () => {
  it('a relationship names the same id whether Payload populated it or not, for numeric and ObjectId ids', () => {
    for (const id of [7, '6b0fb1ef4de3e09c58b55135']) {
      expect(relationId(id)).toBe(id)
      expect(relationId({ id })).toBe(id)
    }
  })

  it('an empty relationship has no id', () => {
    expect(relationId(null)).toBeUndefined()
    expect(relationId(undefined)).toBeUndefined()
  })
})
