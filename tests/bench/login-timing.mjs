// Login timing: how long a failed login takes for an email without an account, a wrong password
// on a real account, and a locked account. Reported, never asserted: equal figures mean the answer
// time does not tell an outsider which emails have accounts.
// Usage on its own: node tests/bench/login-timing.mjs http://127.0.0.1:3100 admin@example.com password [tries]
import { performance } from 'node:perf_hooks'

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]

export async function measureLoginTiming({ baseURL, email, password, tries = 8 }) {
  const login = (body) =>
    fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  const admin = await login({ email, password })
  if (!admin.ok) throw new Error(`admin login failed: ${admin.status}`)
  const auth = { authorization: `JWT ${(await admin.json()).token}`, 'content-type': 'application/json' }
  const stamp = Date.now().toString(36)
  const created = []
  // One account per wrong attempt, so none of them reaches the lockout; one more to lock.
  for (let index = 0; index <= tries; index++) {
    const response = await fetch(`${baseURL}/api/users`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        email: `timing-${stamp}-${index}@example.com`,
        password: `right-${stamp}-password`,
        role: 'contributor',
      }),
    })
    if (!response.ok) throw new Error(`creating a timing account failed: ${response.status}`)
    created.push((await response.json()).doc.id)
  }
  const time = async (body) => {
    const started = performance.now()
    const response = await login(body)
    const text = await response.text()
    return {
      ms: performance.now() - started,
      status: response.status,
      message: JSON.parse(text).errors?.[0]?.message ?? '',
    }
  }
  const lockedEmail = `timing-${stamp}-${tries}@example.com`
  for (let attempt = 0; attempt < 6; attempt++) await time({ email: lockedEmail, password: `wrong-${attempt}` })
  const samples = { unknownEmail: [], wrongPassword: [], lockedAccount: [] }
  const messages = new Set()
  const statuses = new Set()
  try {
    for (let index = 0; index < tries; index++) {
      for (const [kind, body] of [
        ['unknownEmail', { email: `nobody-${stamp}-${index}@example.com`, password: 'whatever-password' }],
        ['wrongPassword', { email: `timing-${stamp}-${index}@example.com`, password: 'wrong-password' }],
        ['lockedAccount', { email: lockedEmail, password: `right-${stamp}-password` }],
      ]) {
        const result = await time(body)
        samples[kind].push(result.ms)
        messages.add(result.message)
        statuses.add(result.status)
      }
    }
  } finally {
    for (const id of created) await fetch(`${baseURL}/api/users/${id}`, { method: 'DELETE', headers: auth })
  }
  const summary = Object.fromEntries(
    Object.entries(samples).map(([kind, values]) => [
      kind,
      { medianMs: median(values), minMs: Math.min(...values), maxMs: Math.max(...values) },
    ]),
  )
  return { tries, ...summary, distinctMessages: messages.size, statuses: [...statuses] }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [baseURL, email, password, tries] = process.argv.slice(2)
  console.log(
    JSON.stringify(await measureLoginTiming({ baseURL, email, password, tries: Number(tries ?? 8) }), null, 2),
  )
}
