// Runs one of the project's TypeScript scripts (prepare, seed): esbuild bundles it (packages stay
// external) and Node runs the plain ESM result, with the event loop held open from the start. While
// the dependency graph loads, a top-level await in some dependency can leave Node with nothing
// pending; Node then quits with exit code 13 having done nothing (seen about one run in three, with
// tsx and without). The script itself ends the process (lib/db/run-script.ts).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import nextEnv from '@next/env'
import { build } from 'esbuild'

const keepAlive = setInterval(() => {}, 1 << 30)

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node lib/db/run-ts.mjs <script.ts> [args…]')
  process.exit(2)
}
/** Next has no exports map, so Node's ESM resolver needs `next/cache.js` where bundlers accept `next/cache`. */
const nextSubpaths = {
  name: 'next-subpaths',
  setup(build) {
    build.onResolve({ filter: /^next\/[\w-]+$/ }, (args) => ({ path: `${args.path}.js`, external: true }))
  },
}
const bundled = /^(@payloadcms\/richtext-lexical|lexical|@lexical\/)/
const externalExceptLexical = {
  name: 'external-except-lexical',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@/') || args.path === '@payload-config' || bundled.test(args.path)) return undefined
      return { path: args.path, external: true }
    })
  },
}
// The .env files, read as Next reads them, so a script and the server agree on DATABASE_URI and MEDIA_DIR.
// `npm start` passes --production to prepare: it reads the same files `next start` will.
const production = process.env.NODE_ENV === 'production' || args.includes('--production')
nextEnv.loadEnvConfig(root, !production, { info() {}, error: console.error })
const outdir = path.join(root, 'node_modules', '.cache', 'news-center-scripts')
fs.mkdirSync(outdir, { recursive: true })
const outfile = path.join(outdir, `${path.basename(entry, '.ts')}-${process.pid}.mjs`)
await build({
  entryPoints: [path.resolve(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Bare imports stay external, except Lexical: Node's own ESM loader now and then never finishes
  // importing it (payloadcms/payload#9382 saw the same), so esbuild links it into the bundle.
  plugins: [nextSubpaths, externalExceptLexical],
  loader: { '.css': 'empty', '.scss': 'empty' },
  // The project's CommonJS modules (lib/next/*.cjs, shared with Next's cache handler) call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'error',
})
process.argv = [process.argv[0], outfile, ...args]
process.on('exit', () => fs.rmSync(outfile, { force: true }))
try {
  await import(pathToFileURL(outfile).href)
} catch (error) {
  clearInterval(keepAlive)
  console.error(error)
  process.exit(1)
}
