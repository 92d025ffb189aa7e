import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { RESERVED_ARTICLE_SLUGS } from '@/collections/articles'

const newsRoutes = path.resolve(import.meta.dirname, '../../app/(frontend)/[locale]/news')

describe('reserved article slugs', () => {
  it('are exactly the route folders under /news, so no article hides a page and no page hides an article', () => {
    // A folder is a path segment unless it is dynamic ([slug]), a route group ((x)) or private (_x).
    const folders = fs
      .readdirSync(newsRoutes, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !/^[[(_]/.test(entry.name))
      .map((entry) => entry.name)
    expect(folders.length, `route folders in ${newsRoutes}`).toBeGreaterThan(0)
    expect([...RESERVED_ARTICLE_SLUGS].sort()).toEqual(folders.sort())
  })
})
