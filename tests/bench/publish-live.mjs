// Publish → live: the time from a PATCH that publishes an edit (Payload REST) to the public page
// showing it. Polls the page back-to-back, so the figure includes the re-render on the first miss.
// `pageURL` reads the page elsewhere than the API (through Varnish, which the save purges).
// Usage on its own: node tests/bench/publish-live.mjs http://127.0.0.1:3100 [runs]
import { performance } from 'node:perf_hooks'

export async function measurePublishToLive({ baseURL, pageURL = baseURL, email, password, runs = 10, slug }) {
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!login.ok) throw new Error(`login failed: ${login.status}`)
  const { token } = await login.json()
  const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }

  const query = slug
    ? `where[slug][equals]=${encodeURIComponent(slug)}`
    : 'where[_status][equals]=published&where[translated][equals]=true'
  const found = await fetch(`${baseURL}/api/articles?${query}&limit=1&depth=0&locale=en`, { headers: auth })
  const article = (await found.json()).docs?.[0]
  if (!article) throw new Error('no published article to edit')
  const page = `${pageURL}/en/news/${article.slug}`
  await fetch(page) // warm: the page is cached before the first edit
  const original = article.summary

  const times = []
  try {
    for (let run = 0; run < runs; run++) {
      const marker = `Publish-live check ${Date.now().toString(36)}-${run}`
      const started = performance.now()
      const patch = await fetch(`${baseURL}/api/articles/${article.id}?locale=en&depth=0`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ summary: marker, _status: 'published' }),
      })
      if (!patch.ok) throw new Error(`publish failed: ${patch.status} ${await patch.text()}`)
      for (;;) {
        const html = await (await fetch(page)).text()
        if (html.includes(marker)) break
        if (performance.now() - started > 30_000) throw new Error('the edit never appeared on the page')
      }
      times.push(performance.now() - started)
      await fetch(page) // the page is cached again before the next edit
    }
  } finally {
    await fetch(`${baseURL}/api/articles/${article.id}?locale=en&depth=0`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ summary: original, _status: 'published' }),
    })
  }
  const sorted = [...times].sort((a, b) => a - b)
  return {
    runs,
    medianMs: sorted[Math.floor(sorted.length / 2)],
    minMs: sorted[0],
    maxMs: sorted[sorted.length - 1],
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const baseURL = process.argv[2] ?? 'http://127.0.0.1:3000'
  const result = await measurePublishToLive({
    baseURL,
    email: process.env.SEED_ADMIN_EMAIL ?? 'admin@example.com',
    password: process.env.SEED_ADMIN_PASSWORD ?? 'news-center-dev',
    runs: Number(process.argv[3] ?? 10),
  })
  console.log(JSON.stringify(result, null, 2))
}
