/**
 * The production build on MongoDB, as an operator runs it: `DATABASE_URI=mongodb://… npm run build`
 * (which seeds the empty database) and `npm start`, against CongoDB, the MongoDB wire-protocol
 * server tests/support/mongodb.mjs starts, or against the real server MONGODB_TEST_URI names (in a
 * database of its own, dropped afterwards). The build happens in a copy of the project, so the
 * end-to-end build in .next, which other system tests use, stays as it is.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GII_ARTICLE_SLUG, giiArticle } from '@/lib/seed/content/gii-article'

import { freePort } from '../support/free-port.mjs'
import { startMongo } from '../support/mongodb.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'news-center-mongodb-build-'))
const project = path.join(work, 'project')
const slug = GII_ARTICLE_SLUG

let mongo: Awaited<ReturnType<typeof startMongo>> | undefined
let server: ChildProcess | undefined
let origin = ''
let log = ''
let env: NodeJS.ProcessEnv = { ...process.env }

/** The same server, another database: `mongodb://host:port/db?options` with `db` replaced. */
const withDatabase = (uri: string, name: string) =>
  uri.replace(/^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?/, `$1/${name}`)

async function get(pathname: string, init?: RequestInit) {
  const response = await fetch(origin + pathname, { redirect: 'manual', ...init })
  return { status: response.status, body: await response.text() }
}

async function until<T>(what: string, attempt: () => Promise<T | undefined>, seconds = 120): Promise<T> {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    const result = await attempt().catch(() => undefined)
    if (result !== undefined) return result
    if (Date.now() > deadline)
      throw new Error(`${what} did not happen within ${seconds} s. Server log:\n${log.slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/** The project's files as a fresh checkout has them, with node_modules hard-linked (seconds, no extra space). */
function copyProject() {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
  if (listed.status !== 0) throw new Error(`git ls-files failed in ${root}: ${listed.stderr}`)
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const from = path.join(root, file)
    if (!fs.existsSync(from)) continue
    fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true })
    fs.copyFileSync(from, path.join(project, file))
  }
  const linked = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(project, 'node_modules')], {
    encoding: 'utf8',
  })
  if (linked.status !== 0) throw new Error(`cp -al node_modules failed: ${linked.stderr}`)
}

function npm(script: string) {
  const result = spawnSync('npm', ['run', script], { cwd: project, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  log += result.stdout + result.stderr
  return result
}

describe('the production build on MongoDB (npm run build && npm start)', () => {
  beforeAll(async () => {
    const port = await freePort()
    origin = `http://127.0.0.1:${port}`
    const realServer = process.env.MONGODB_TEST_URI
    if (!realServer) mongo = await startMongo()
    copyProject()
    env = {
      ...process.env,
      ...(mongo ? mongo.env : { DATABASE_URI: withDatabase(realServer!, `news-center-system-${Date.now()}`) }),
      MEDIA_DIR: path.join(work, 'media'),
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      SEED_ADMIN_EMAIL: 'mongodb-admin@example.com',
      SEED_ADMIN_PASSWORD: randomBytes(12).toString('hex'),
      NEXT_PUBLIC_SERVER_URL: origin,
    }
    const built = npm('build')
    expect(built.status, `npm run build failed:\n${log.slice(-5000)}`).toBe(0)
    // Its own process group, so the server npm and Next fork go when the test ends.
    server = spawn('npm', ['start', '--', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: project,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    server.stdout!.on('data', (chunk) => (log += chunk))
    server.stderr!.on('data', (chunk) => (log += chunk))
    await until('the server answering', async () => ((await get('/en')).status === 200 ? true : undefined))
  }, 900_000)

  afterAll(async () => {
    try {
      if (server?.pid) process.kill(-server.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
    if (mongo) await mongo.stop()
    // On a real server, Payload itself drops the test's database (PAYLOAD_DROP_DATABASE, on connect).
    else if (fs.existsSync(project))
      spawnSync('node', ['lib/db/run-ts.mjs', 'lib/db/prepare.ts', '--no-seed'], {
        cwd: project,
        env: { ...env, PAYLOAD_DROP_DATABASE: 'true' },
      })
    fs.rmSync(work, { recursive: true, force: true })
  }, 120_000)

  it('serves the seeded article in both languages from MongoDB', async () => {
    const english = await get(`/en/news/${slug}`)
    expect(english.status).toBe(200)
    expect(english.body).toContain(giiArticle.en!.title)
    const chinese = await get(`/zh/news/${slug}`)
    expect(chinese.status).toBe(200)
    expect(chinese.body).toContain(giiArticle.zh!.title)
    expect(chinese.body).toContain('<html lang="zh-CN">')

    // The documents it reads carry MongoDB's ObjectIds: this server's database is MongoDB.
    const api = await get(`/api/articles?where[slug][equals]=${slug}&depth=0&limit=1`)
    expect(JSON.parse(api.body).docs[0].id).toMatch(/^[a-f\d]{24}$/)
    const search = await get('/en/search?q=innovation')
    expect(search.status).toBe(200)
    expect(search.body).toContain(`/en/news/${slug}`)
  })

  it('publishes an edit to the live page, and the old address of a renamed article redirects', async () => {
    const login = await fetch(`${origin}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const { docs } = JSON.parse((await get(`/api/articles?where[slug][equals]=${slug}&depth=0&limit=1`)).body) as {
      docs: { id: string }[]
    }
    const title = `Edited on MongoDB ${Date.now()}`
    const renamed = `${slug}-on-mongodb`
    const edit = await fetch(`${origin}/api/articles/${docs[0].id}?locale=en`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title, slug: renamed, _status: 'published' }),
    })
    expect(edit.status, await edit.clone().text()).toBe(200)

    const page = await until('the edit on the live page', async () => {
      const response = await get(`/en/news/${renamed}`)
      return response.status === 200 && response.body.includes(title) ? response : undefined
    })
    expect(page.body).toContain(title)
    const moved = await until('the old address redirecting', async () => {
      const response = await fetch(`${origin}/zh/news/${slug}`, { redirect: 'manual' })
      return response.status === 308 ? response : undefined
    })
    expect(moved.headers.get('location')).toMatch(new RegExp(`/zh/news/${renamed}$`))
    expect(log).not.toMatch(/uncaught|unhandled|MongoServerError|MongoPoolClearedError/i)
  })
})
