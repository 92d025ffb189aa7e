// Runs Payload's CLI and waits for it. Payload's own bin starts tsx's loader from a promise it does
// not await; when a cold compile leaves nothing else pending, Node exits 0 having done nothing
// (seen with `payload migrate:create` and `generate:types` on a fresh checkout).
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { tsImport } from 'tsx/esm/api'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const entry = pathToFileURL(path.join(root, 'node_modules', 'payload', 'dist', 'bin', 'index.js')).href
process.argv = [process.argv[0], 'payload', ...process.argv.slice(2)]
const { bin } = await tsImport(entry, import.meta.url)
await bin()
process.exit(0)
