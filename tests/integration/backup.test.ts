import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import sharp from 'sharp'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backup, restore } from '@/lib/db/backup'
import { resolveDatabase } from '@/lib/db/database-url'

import { body, unique } from './fixtures'
import { context, databaseKind, testPayload } from './payload'

/** `npm run backup` / `npm run restore`: the suite's database and media, restored into places of the test's own. */

let payload: Payload
let work: string
let archive: string
let categorySlug: string
const sourceMedia = path.resolve(process.env.MEDIA_DIR ?? 'data/media')

/** A fresh restore target in the test's temporary folder: a database path and a media directory. */
function target(name: string) {
  const dir = path.join(work, name)
  fs.mkdirSync(dir)
  const file = path.join(dir, 'news-center.db')
  return { dir, file, databaseUri: `file:${file}`, mediaDir: path.join(dir, 'media') }
}

async function rowCounts(file: string) {
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    const counts: Record<string, number> = {}
    for (const { name } of tables.rows)
      counts[String(name)] = Number((await client.execute(`SELECT count(*) AS n FROM "${name}"`)).rows[0].n)
    return counts
  } finally {
    client.close()
  }
}

async function query(file: string, sql: string, args: string[] = []) {
  const client = createClient({ url: `file:${file}` })
  try {
    return (await client.execute({ sql, args })).rows
  } finally {
    client.close()
  }
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/** Every file under a directory with its sha256, by relative path. */
function mediaHashes(dir: string) {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) : []
  return Object.fromEntries(
    files
      .filter((file) => fs.statSync(path.join(dir, file)).isFile())
      .sort()
      .map((file) => [file, sha256(path.join(dir, file))]),
  )
}

describe.skipIf(databaseKind() !== 'sqlite')('backup and restore on sqlite', () => {
  beforeAll(async () => {
    payload = await testPayload()
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'news-center-backup-'))
    categorySlug = unique('backup')
    const category = await payload.create({
      collection: 'categories',
      data: { name: 'Backup', slug: categorySlug },
      context,
    })
    await payload.create({
      collection: 'articles',
      locale: 'en',
      context,
      data: {
        title: unique('Backed up'),
        summary: 'Summary.',
        body: body('Body.'),
        category: category.id,
        releaseDate: new Date().toISOString(),
        _status: 'published',
      },
    })
    const image = await sharp({ create: { width: 96, height: 64, channels: 3, background: '#b03020' } })
      .png()
      .toBuffer()
    await payload.create({
      collection: 'media',
      context,
      data: { alt: 'Backup test image' },
      file: { name: 'backup-test.png', mimetype: 'image/png', data: image, size: image.length },
    })
    // Taken while Payload holds the database open, as on a running server.
    archive = (
      await backup({ databaseUri: process.env.DATABASE_URI, mediaDir: sourceMedia, out: path.join(work, 'backups/') })
    ).archive
  })

  afterAll(async () => {
    await payload?.destroy()
    if (work) fs.rmSync(work, { recursive: true, force: true })
  })

  it('a restore into an empty place has every table with the same row count and every media file byte for byte', async () => {
    const source = resolveDatabase(process.env.DATABASE_URI)
    if (source.kind !== 'sqlite') throw new Error('unreachable')
    const restored = target('fresh')
    const result = await restore({ archive, ...restored })

    expect(result.kept).toEqual({ database: undefined, mediaDir: undefined })
    expect(await rowCounts(restored.file)).toEqual(await rowCounts(source.file))
    expect(await query(restored.file, 'SELECT slug FROM categories WHERE slug = ?', [categorySlug])).toHaveLength(1)
    const hashes = mediaHashes(restored.mediaDir)
    expect(hashes).toEqual(mediaHashes(sourceMedia))
    expect(Object.keys(hashes)).toContain('backup-test.png')
    expect(Object.keys(hashes).length).toBeGreaterThan(1)
  })

  it('restoring over a changed site brings back the backed-up state and keeps the previous copies', async () => {
    const site = target('changed')
    await restore({ archive, ...site })
    const counts = await rowCounts(site.file)
    const hashes = mediaHashes(site.mediaDir)

    await query(site.file, 'UPDATE categories SET slug = ? WHERE slug = ?', ['changed-after-backup', categorySlug])
    await query(site.file, 'DELETE FROM media_locales')
    fs.rmSync(path.join(site.mediaDir, 'backup-test.png'))
    fs.writeFileSync(path.join(site.mediaDir, 'added-after-backup.txt'), 'new')

    const result = await restore({ archive, ...site })
    expect(await rowCounts(site.file)).toEqual(counts)
    expect(await query(site.file, 'SELECT slug FROM categories WHERE slug = ?', [categorySlug])).toHaveLength(1)
    expect(mediaHashes(site.mediaDir)).toEqual(hashes)
    expect(fs.existsSync(`${site.file}-wal`)).toBe(false)

    const kept = expect.stringContaining('.before-restore-')
    expect(result.kept).toEqual({ database: kept, mediaDir: kept })
    expect(
      await query(String(result.kept.database), 'SELECT slug FROM categories WHERE slug = ?', ['changed-after-backup']),
    ).toHaveLength(1)
    expect(fs.existsSync(path.join(String(result.kept.mediaDir), 'added-after-backup.txt'))).toBe(true)
  })

  it('a truncated archive or an altered file in it is refused, and the site is left exactly as it was', async () => {
    const site = target('guarded')
    await restore({ archive, ...site })
    const before = {
      db: sha256(site.file),
      media: mediaHashes(site.mediaDir),
      entries: fs.readdirSync(site.dir).sort(),
    }

    const truncated = path.join(work, 'truncated.tar.gz')
    const bytes = fs.readFileSync(archive)
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)))
    await expect(restore({ archive: truncated, ...site })).rejects.toThrow(
      /Refusing to restore .*truncated\.tar\.gz.*Nothing was changed/,
    )

    const unpacked = path.join(work, 'altered')
    fs.mkdirSync(unpacked)
    await tar.extract({ file: archive, cwd: unpacked })
    fs.appendFileSync(path.join(unpacked, 'media', 'backup-test.png'), 'tampered')
    const altered = path.join(work, 'altered.tar.gz')
    await tar.create({ file: altered, cwd: unpacked, gzip: true }, fs.readdirSync(unpacked))
    await expect(restore({ archive: altered, ...site })).rejects.toThrow(
      /media\/backup-test\.png does not match its checksum/,
    )

    expect({
      db: sha256(site.file),
      media: mediaHashes(site.mediaDir),
      entries: fs.readdirSync(site.dir).sort(),
    }).toEqual(before)
  })

  it('restore refuses while another connection holds the database open, as a running server does', async () => {
    const site = target('in-use')
    await restore({ archive, ...site })
    const server = createClient({ url: `file:${site.file}` })
    try {
      await server.execute('PRAGMA journal_mode = WAL')
      await server.execute('SELECT count(*) FROM categories')
      await expect(restore({ archive, ...site })).rejects.toThrow(/is in use \(is the server running\?\)/)
    } finally {
      server.close()
    }
    expect(fs.readdirSync(site.dir).filter((entry) => entry.includes('before-restore'))).toEqual([])
  })
})

describe('backup and restore on server databases', () => {
  it('refuse PostgreSQL and MongoDB, naming the tools to use instead', async () => {
    const options = { mediaDir: os.tmpdir(), archive: 'unused.tar.gz' }
    await expect(backup({ ...options, databaseUri: 'postgres://news:secret@db:5432/news' })).rejects.toThrow(
      /pg_dump -Fc and pg_restore/,
    )
    await expect(restore({ ...options, databaseUri: 'mongodb://db:27017/news' })).rejects.toThrow(
      /mongodump --archive --gzip and mongorestore/,
    )
  })
})
