// Type-checks the whole project against the payload-types.ts Payload generates for MongoDB (string
// ids), where the committed one (from `npm run generate`) has SQLite's numeric ids: the code must
// compile for either. Run by `npm run typecheck` and `npm test` after the ordinary `tsc`.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
// Inside the project, so the generated file's `declare module 'payload'` finds node_modules/payload.
const dir = path.join(root, 'node_modules', '.cache', 'news-center', 'mongodb-ids')
const types = path.join(dir, 'payload-types.ts')
const fromDir = (file) => path.relative(dir, path.join(root, file)) || '.'

fs.mkdirSync(dir, { recursive: true })
const generated = spawnSync('node', ['lib/db/run-ts.mjs', 'lib/db/generate-types.ts'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  // No connection is made: the adapter's id type is all generate:types reads.
  env: { ...process.env, DATABASE_URI: 'mongodb://127.0.0.1:27017/types-only', PAYLOAD_TS_OUTPUT_PATH: types },
})
if (generated.status !== 0 || !/defaultIDType: string;/.test(fs.readFileSync(types, 'utf8'))) {
  console.error(
    `Could not generate MongoDB's payload-types.ts into ${types} (lib/db/generate-types.ts exited ${generated.status}).`,
  )
  process.exit(1)
}

const base = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8'))
const tsconfig = {
  extends: fromDir('tsconfig.json'),
  compilerOptions: {
    tsBuildInfoFile: './tsbuildinfo',
    // `paths` in an extending file are resolved from it: the project's own, with payload-types.ts swapped.
    paths: {
      '@/payload-types': ['./payload-types.ts'],
      ...Object.fromEntries(
        Object.entries(base.compilerOptions.paths).map(([alias, targets]) => [alias, targets.map(fromDir)]),
      ),
    },
  },
  include: base.include.map(fromDir),
  files: ['./payload-types.ts'],
  exclude: [...base.exclude.map(fromDir), fromDir('payload-types.ts')],
}
fs.writeFileSync(path.join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`)

const checked = spawnSync('npx', ['tsc', '--noEmit', '-p', path.join(dir, 'tsconfig.json')], {
  cwd: root,
  stdio: 'inherit',
})
if (checked.status !== 0) {
  console.error(
    "The code does not compile with MongoDB's string ids: type ids with PayloadId or DocumentId (lib/db/document-id.ts).",
  )
}
process.exit(checked.status ?? 1)
