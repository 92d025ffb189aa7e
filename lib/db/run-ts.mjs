// Runs one of the project's TypeScript scripts (prepare, seed) without a runtime loader: esbuild
// bundles it (packages stay external) and Node runs the plain ESM result. Under tsx's loader these
// scripts now and then hung or quit mid-import (seen on clean CI clones), leaving `npm start` stuck.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { build } from 'esbuild'

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
  packages: 'external',
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'warning',
  plugins: [nextSubpaths],
})
process.argv = [process.argv[0], outfile, ...args]
process.on('exit', () => fs.rmSync(outfile, { force: true }))
await import(pathToFileURL(outfile).href)
