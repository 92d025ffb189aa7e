import { beforeEach, describe, expect, it, vi } from 'vitest'

import { movedSlug, movedSlugsChanged } from '@/lib/redirects/moved-slugs'

const state = globalThis as { __newsCenterMovedSlugs?: unknown }

describe('movedSlug', () => {
  beforeEach(() => {
    state.__newsCenterMovedSlugs = undefined
  })

  it('answers from one load until something changes', async () => {
    const load = vi.fn(async () => ({ old: 'new' }))
    expect(await movedSlug('old', load, 1000)).toBe('new')
    expect(await movedSlug('other', load, 2000)).toBeNull()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('loads once for many requests arriving together', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const load = vi.fn(async () => {
      await gate
      return { old: 'new' }
    })
    const answers = Promise.all([movedSlug('old', load, 0), movedSlug('old', load, 0), movedSlug('x', load, 0)])
    release()
    expect(await answers).toEqual(['new', 'new', null])
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('reads the new map on the very next request after a local change', async () => {
    let map: Record<string, string> = { a: 'b' }
    const load = vi.fn(async () => map)
    expect(await movedSlug('a', load, 0)).toBe('b')
    // The article took its old slug back: no redirect may shadow it.
    map = { b: 'a' }
    movedSlugsChanged()
    expect(await movedSlug('a', load, 1)).toBeNull()
    expect(await movedSlug('b', load, 2)).toBe('a')
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('refreshes an aged map in the background, answering from the old one meanwhile', async () => {
    let map: Record<string, string> = { a: 'b' }
    const load = vi.fn(async () => map)
    await movedSlug('a', load, 0)
    map = { a: 'c' }
    expect(await movedSlug('a', load, 60_000)).toBe('b')
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2))
    expect(await movedSlug('a', load, 60_001)).toBe('c')
  })

  it('leaves the decision to the page when the map cannot be loaded after a change', async () => {
    const load = vi.fn(async () => ({ a: 'b' }))
    await movedSlug('a', load, 0)
    movedSlugsChanged()
    const failing = vi.fn(async (): Promise<Record<string, string>> => {
      throw new Error('down')
    })
    expect(await movedSlug('a', failing, 1)).toBeNull()
    expect(await movedSlug('a', load, 2)).toBe('b')
  })
})
