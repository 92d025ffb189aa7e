// `npm test`: first the gates (ESLint, then tsc over the whole project, for SQL's numeric ids and
// MongoDB's string ids; any failing stops the run), then unit tests, the integration suite on
// SQLite, PostgreSQL (a throw-away server) and MongoDB (the CongoDB emulator, or the server
// MONGODB_TEST_URI names), then Playwright against a production build.
// `node tests/run-all.mjs unit|integration|e2e` runs one part.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startMongo } from './support/mongodb.mjs'
import { postgresAvailable, startPostgres } from './support/postgres.mjs'
import { ensureSystemPrograms } from './support/system-deps.mjs'

const root = path.resolve(import.meta.dirname, '..')
const only = process.argv[2]
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-center-test-'))
const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) failures.push(label)
  return result.status === 0
}

function vitest(label, project, env = {}) {
  const report = path.join(scratch, `${label.replace(/\W+/g, '-')}.json`)
  run(
    label,
    'npx',
    ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  )
  if (!fs.existsSync(report)) return
  const json = JSON.parse(fs.readFileSync(report, 'utf8'))
  totals.passed += json.numPassedTests
  totals.failed += json.numFailedTests
  totals.skipped += json.numPendingTests + json.numTodoTests
}

function integration(kind, databaseUri, env = {}) {
  const dir = fs.mkdtempSync(path.join(scratch, `${kind.replace(/\W+/g, '-')}-`))
  vitest(`integration tests on ${kind}`, 'integration', {
    DATABASE_URI: databaseUri,
    MEDIA_DIR: path.join(dir, 'media'),
    ...env,
  })
}

function finish() {
  fs.rmSync(scratch, { recursive: true, force: true })
  if (failures.length) console.error(`\nFailed: ${failures.join('; ')}`)
  if (failures.length && totals.failed === 0) totals.failed = failures.length
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
  process.exit(failures.length ? 1 : 0)
}

// The gates, on the whole project (tests included): code that fails them is not worth testing further.
if (!only || only === 'unit') {
  for (const [label, command, args] of [
    ['lint (ESLint)', 'npx', ['eslint', '.']],
    ['format (Prettier)', 'npx', ['prettier', '--check', '.']],
    ['type check (tsc)', 'npx', ['tsc', '--noEmit']],
    ["type check against MongoDB's string ids", 'node', ['tests/support/typecheck-mongodb-ids.mjs']],
  ]) {
    if (run(label, command, args)) totals.passed += 1
    else totals.failed += 1
  }
  if (failures.length) finish()
  vitest('unit tests', 'unit')
}

if (!only || only === 'integration') {
  integration('sqlite', `file:${path.join(scratch, 'integration.db')}`)

  if (postgresAvailable()) {
    const pg = await startPostgres()
    try {
      integration('postgres', pg.url)
    } finally {
      pg.stop()
    }
  } else if (process.env.CI === 'true') {
    console.error(
      'PostgreSQL server programs are missing; CI must run the suite on PostgreSQL (apt-get install postgresql).',
    )
    failures.push('integration tests on postgres (server missing)')
  } else {
    console.log('PostgreSQL: skipped — initdb/pg_ctl not found (apt-get install postgresql to run it).')
  }

  // MongoDB: the server MONGODB_TEST_URI names, else CongoDB, a MongoDB wire-protocol server in
  // Node started here on a free port (what it cannot prove: README, "MongoDB in the test runs").
  if (process.env.MONGODB_TEST_URI) {
    integration('mongodb', process.env.MONGODB_TEST_URI)
  } else {
    const mongo = await startMongo().catch((error) => {
      console.error(
        `The MongoDB emulator did not start (${error.message}); npm ci installs it (@push.rocks/smartmongo).`,
      )
      failures.push('integration tests on mongodb (emulator did not start)')
    })
    try {
      if (mongo) integration('mongodb (CongoDB emulator)', mongo.url, mongo.env)
    } finally {
      await mongo?.stop()
    }
  }
}

if (!only || only === 'e2e') {
  ensureSystemPrograms()
  const port = process.env.E2E_PORT ?? '3100'
  const dataDir = path.join(root, 'data', 'e2e')
  fs.rmSync(dataDir, { recursive: true, force: true })
  const env = {
    DATABASE_URI: `file:${path.join(dataDir, 'news-center.db')}`,
    MEDIA_DIR: path.join(dataDir, 'media'),
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? randomBytes(32).toString('hex'),
    SEED_ADMIN_EMAIL: 'e2e-admin@example.com',
    SEED_ADMIN_PASSWORD: randomBytes(12).toString('hex'),
    NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${port}`,
    E2E_PORT: port,
  }
  if (run('production build (migrate, seed, next build)', 'npm', ['run', 'build'], env)) {
    const report = path.join(scratch, 'playwright.json')
    run('end-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test'], {
      ...env,
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    })
    if (fs.existsSync(report)) {
      const { stats } = JSON.parse(fs.readFileSync(report, 'utf8'))
      totals.passed += stats.expected + stats.flaky
      totals.failed += stats.unexpected
      totals.skipped += stats.skipped
    }
    // Against the same build: a database outage (a throw-away PostgreSQL), Varnish in front, two
    // instances sharing PostgreSQL, Redis and S3; and the production build on MongoDB (its own build,
    // in a copy of the project). Missing programs are a printed skip, a failure under CI=true.
    vitest('system tests (outage, Varnish in front, two instances, the build on MongoDB)', 'system', env)
    // Every step of `npm run bench`, for a couple of seconds each, on a copy of the e2e database.
    if (
      run(
        'benchmark smoke (npm run bench -- --quick; figures not meaningful)',
        'node',
        ['tests/bench/run.mjs', '--quick'],
        env,
      )
    )
      totals.passed += 1
    else totals.failed += 1
  }
}

finish()
