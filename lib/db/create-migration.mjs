// `npm run migrate:create -- <name>`: writes a migration for SQLite and one for PostgreSQL (on a throw-away server).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startPostgres } from '../../tests/support/postgres.mjs'

const name = process.argv[2] ?? 'change'
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-center-migrate-'))
// A fresh database with every existing migration applied, so the new file holds only the difference.
const create = (url) => {
  const env = { ...process.env, DATABASE_URI: url, MEDIA_DIR: path.join(scratch, 'media') }
  execFileSync('node', ['lib/db/run-ts.mjs', 'lib/db/prepare.ts', '--no-seed'], { env, stdio: 'inherit' })
  execFileSync('node', ['lib/db/payload-cli.mjs', 'migrate:create', name], { env, stdio: 'inherit' })
}
const pg = await startPostgres()
try {
  create(`file:${path.join(scratch, 'migrate.db')}`)
  create(pg.url)
} finally {
  pg.stop()
  fs.rmSync(scratch, { recursive: true, force: true })
}
