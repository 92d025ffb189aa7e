import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { ROOT_FILES } from '@/lib/http/root-files'

const root = path.resolve(import.meta.dirname, '../..')

/** Route folders at the root of the URL space: app/ and its route groups, without [dynamic] ones. */
function rootRoutes(): string[] {
  const app = path.join(root, 'app')
  const groups = fs.readdirSync(app).filter((name) => /^\(.+\)$/.test(name))
  const entries = [app, ...groups.map((group) => path.join(app, group))].flatMap((dir) => fs.readdirSync(dir))
  // robots.ts and sitemap.ts are metadata files: Next serves them as robots.txt and sitemap.xml.
  const metadata = entries
    .filter((name) => /^(robots|sitemap)\.tsx?$/.test(name))
    .map((name) => name.replace(/\.tsx?$/, name.startsWith('robots') ? '.txt' : '.xml'))
  const folders = entries
    .filter((name) => !name.includes('.') || /\.(xml|txt)$/.test(name))
    .filter((name) => !/^[[(]/.test(name))
  return [...metadata, ...folders]
}

describe('root files the proxy lets through', () => {
  it('every file in public/ is listed', () => {
    for (const file of fs.readdirSync(path.join(root, 'public'))) expect(ROOT_FILES, file).toContain(file)
  })

  it('every root route that serves a dotted path is listed', () => {
    const dotted = rootRoutes().filter((name) => name.includes('.') || name === 'sitemaps')
    expect(dotted.length).toBeGreaterThan(1)
    for (const route of dotted) expect(ROOT_FILES, route).toContain(route)
  })

  it('nothing else is listed: each entry is a public file or a root route', () => {
    const known = new Set([...fs.readdirSync(path.join(root, 'public')), ...rootRoutes()])
    for (const entry of ROOT_FILES) expect(known, entry).toContain(entry)
  })
})
