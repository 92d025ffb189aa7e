import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { type EdgePurger, pendingEdgePurges, purgeEdge, purgerFromEnv, varnishPurger } from '@/lib/edge/purge'

/** A purge endpoint that records what it is sent and answers with `status`. */
async function fakeFront(status: () => number) {
  const received: { method?: string; tags?: string; token?: string }[] = []
  const server = http.createServer((request, response) => {
    received.push({
      method: request.method,
      tags: String(request.headers['xkey-purge']),
      token: String(request.headers['x-purge-token']),
    })
    response.writeHead(status()).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, received, close: () => new Promise((resolve) => server.close(resolve)) }
}

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('purging the front cache by tag', () => {
  it('sends one PURGE naming the tags, with the token, to every Varnish configured', async () => {
    const [a, b] = await Promise.all([fakeFront(() => 200), fakeFront(() => 200)])
    const purger = purgerFromEnv({ EDGE_CACHE_URLS: `${a.url}/, ${b.url}`, EDGE_CACHE_TOKEN: 's3cret' })
    await purgeEdge(['articles', 'article:gii'], purger)
    for (const front of [a, b])
      expect(front.received).toEqual([{ method: 'PURGE', tags: 'articles article:gii', token: 's3cret' }])
    await Promise.all([a.close(), b.close()])
  })

  it('is off without EDGE_CACHE_URLS', () => {
    expect(purgerFromEnv({})).toBeNull()
  })

  it('never throws when the front is down, and retries in the background until it answers', async () => {
    vi.useFakeTimers()
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'info').mockImplementation(() => {})
    let up = false
    const sent: string[][] = []
    const purger: EdgePurger = {
      target: 'test',
      async purge(tags) {
        sent.push([...tags])
        if (!up) throw new Error('connection refused')
      },
    }
    await expect(purgeEdge(['articles'], purger)).resolves.toBeUndefined()
    await purgeEdge(['site-settings'], purger)
    expect(pendingEdgePurges()).toEqual(['articles', 'site-settings'])
    await vi.advanceTimersByTimeAsync(1000)
    expect(sent.at(-1)).toEqual(['articles', 'site-settings'])
    expect(pendingEdgePurges()).toEqual(['articles', 'site-settings'])
    up = true
    await vi.advanceTimersByTimeAsync(2000)
    expect(pendingEdgePurges()).toEqual([])
    expect(sent.at(-1)).toEqual(['articles', 'site-settings'])
  })

  it('counts a refusal from Varnish as a failure', async () => {
    const front = await fakeFront(() => 403)
    await expect(varnishPurger([front.url], 'wrong').purge(['articles'])).rejects.toThrow(/answered 403/)
    await front.close()
  })
})
