import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Without a database from the runner (tests/run-all.mjs), use a throw-away SQLite file.
if (!process.env.DATABASE_URI) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-center-int-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR ??= path.join(dir, 'media')
}
process.env.MEDIA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'news-center-media-'))

// The job runner, when a test starts it, checks every second instead of every five.
process.env.JOBS_CRON ??= '* * * * * *'
