import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { DatabaseUrlError, resolveDatabase } from '@/lib/db/database-url'

describe('DATABASE_URI chooses the adapter', () => {
  it('defaults to an embedded SQLite file under data/', () => {
    expect(resolveDatabase(undefined, '/srv/app')).toEqual({
      kind: 'sqlite',
      url: 'file:./data/news-center.db',
      file: path.join('/srv/app', 'data', 'news-center.db'),
    })
    expect(resolveDatabase('  ', '/srv/app').kind).toBe('sqlite')
  })

  it('reads file:, postgres:// and mongodb:// URLs', () => {
    expect(resolveDatabase('file:/tmp/x.db')).toMatchObject({ kind: 'sqlite', file: '/tmp/x.db' })
    expect(resolveDatabase('postgres://u:p@db:5432/news').kind).toBe('postgres')
    expect(resolveDatabase('postgresql://u@db/news').kind).toBe('postgres')
    expect(resolveDatabase('mongodb://db:27017/news').kind).toBe('mongodb')
    expect(resolveDatabase('mongodb+srv://cluster.example.net/news').kind).toBe('mongodb')
  })

  it('refuses an unknown scheme with a message naming the three accepted forms', () => {
    expect(() => resolveDatabase('nonsense://x')).toThrow(DatabaseUrlError)
    expect(() => resolveDatabase('mysql://db/news')).toThrow(
      /unknown scheme "mysql".*file:.*postgres:\/\/.*mongodb:\/\//,
    )
  })

  it('stops start-up on an unknown scheme', () => {
    const result = spawnSync('node', ['lib/db/run-ts.mjs', 'lib/db/prepare.ts', '--no-seed'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, DATABASE_URI: 'nonsense://x' },
      encoding: 'utf8',
    })
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('DATABASE_URI uses an unknown scheme "nonsense"')
  }, 60_000)
})
