import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { locales } from '@/lib/i18n/routing'

/** Next reads the proxy's matcher without running proxy.ts, so the language codes are written out there. */
describe("the proxy's matcher", () => {
  it('names exactly the languages of the site', () => {
    const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../proxy.ts'), 'utf8')
    const matcher = source.slice(source.indexOf('export const config'))
    const alternations = [...matcher.matchAll(/\((?:\?:)?([a-z]{2}(?:\|[a-z]{2})+)\)/g)].map((match) =>
      match[1].split('|').sort(),
    )
    expect(alternations.length).toBeGreaterThan(0)
    for (const codes of alternations) expect(codes).toEqual([...locales].sort())
  })
})
