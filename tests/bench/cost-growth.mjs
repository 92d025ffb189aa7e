// Cost growth, step 7 of `npm run bench`, also runnable alone:
//
//   node tests/bench/cost-growth.mjs                      100 → 10,000 articles on SQLite, PostgreSQL and MongoDB
//   node tests/bench/cost-growth.mjs 100,10000 mongodb    sizes, then the databases to run (comma-separated)
//
// For each database, tests/bench/cost.ts times the list, tag and search queries against N articles,
// uncached, then M. PostgreSQL is a throw-away server (skipped, with a line, where its programs are
// missing); MongoDB is the wire-protocol emulator (tests/support/mongodb.mjs), which scans every
// document of a collection for every query: its figures say what the app asks of MongoDB, not how
// fast a real server answers. Run alone, it prints the tables and writes
// tests/bench/results/cost-growth.json.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startMongo } from '../support/mongodb.mjs'
import { postgresAvailable, startPostgres } from '../support/postgres.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const DATABASES = ['sqlite', 'postgres', 'mongodb']

function costGrowthOn(kind, { sizes, dataDir, env, extraEnv }) {
  console.log(`\n▶ cost growth on ${kind}: ${sizes.join(' → ')} articles`)
  const cost = spawnSync('node', ['lib/db/run-ts.mjs', 'tests/bench/cost.ts', sizes.join(',')], {
    cwd: root,
    env: { ...env, DATABASE_URI: '', BENCH_COST_DIR: path.join(dataDir, `cost-${kind}`), ...extraEnv },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const line = cost.stdout.split('\n').find((text) => text.startsWith('{"cost"'))
  if (!line) console.error(cost.stdout)
  return line ? JSON.parse(line) : null
}

/** `{ sqlite, postgres, mongodb }`, each `{ cost, database, plans }` or null (skipped or failed). */
export async function measureCostGrowth({ sizes, dataDir, env, databases = DATABASES }) {
  const results = { sqlite: null, postgres: null, mongodb: null }
  const options = { sizes, dataDir, env }
  if (databases.includes('sqlite')) results.sqlite = costGrowthOn('sqlite', { ...options, extraEnv: {} })
  if (databases.includes('postgres')) {
    if (postgresAvailable()) {
      const pg = await startPostgres()
      try {
        results.postgres = costGrowthOn('postgres', { ...options, extraEnv: { BENCH_COST_DATABASE_URI: pg.url } })
      } finally {
        pg.stop()
      }
    } else {
      console.log('  PostgreSQL: skipped (initdb/pg_ctl not found)')
    }
  }
  if (databases.includes('mongodb')) {
    const mongo = await startMongo()
    try {
      results.mongodb = costGrowthOn('mongodb', {
        ...options,
        extraEnv: { ...mongo.env, BENCH_COST_DATABASE_URI: mongo.url },
      })
    } finally {
      await mongo.stop()
    }
  }
  return results
}

const fmt = (value, digits) => (value === null || value === undefined ? 'n/a' : Number(value).toFixed(digits))

/** One markdown table per database measured. */
export function costTables(results, sizes) {
  return Object.values(results)
    .filter(Boolean)
    .flatMap(({ cost, database }) => [
      '',
      `| uncached query p50 ms, ${database} | ${sizes[0]} articles | ${sizes[1]} articles | ratio |`,
      '| --- | ---: | ---: | ---: |',
      ...Object.entries(cost).map(
        ([name, row]) => `| ${name} | ${fmt(row.small, 2)} | ${fmt(row.large, 2)} | ${fmt(row.ratio, 2)} |`,
      ),
    ])
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = (process.argv[2] ?? '100,10000').split(',').map(Number)
  const databases = (process.argv[3] ?? DATABASES.join(',')).split(',')
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? randomBytes(32).toString('hex'),
  }
  const results = await measureCostGrowth({ sizes, dataDir: path.join(root, 'data', 'bench'), env, databases })
  const table = costTables(results, sizes).join('\n')
  console.log(`\n${table}\n`)
  const resultsDir = path.join(root, 'tests', 'bench', 'results')
  fs.mkdirSync(resultsDir, { recursive: true })
  fs.writeFileSync(
    path.join(resultsDir, 'cost-growth.json'),
    `${JSON.stringify({ date: new Date().toISOString(), sizes, results, table }, null, 2)}\n`,
  )
  process.exit(databases.every((kind) => results[kind] || (kind === 'postgres' && !postgresAvailable())) ? 0 : 1)
}
