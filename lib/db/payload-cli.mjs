// Runs Payload's CLI and waits for it. Payload's own bin starts tsx's loader from a promise it does
// not await; when a cold compile leaves nothing else pending, Node exits 0 having done nothing
// (seen with `payload migrate:create` and `generate:types` on a fresh checkout).
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { tsImport } from 'tsx/esm/api'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const entry = pathToFileURL(path.join(root, 'node_modules', 'payload', 'dist', 'bin', 'index.js')).href
process.argv = [process.argv[0], 'payload', ...process.argv.slice(2)]
// Hold the event loop: without it a stalled module load ends the process with status 0 and no work
// done (Node's loader intermittently never finishes importing @payloadcms/richtext-lexical).
const stalled = setTimeout(
  () => {
    console.error(
      `payload ${process.argv.slice(2).join(' ')} did not finish in 5 minutes (module loading stalled); run it again.`,
    )
    process.exit(1)
  },
  5 * 60 * 1000,
)
const { bin } = await tsImport(entry, import.meta.url)
await bin()
clearTimeout(stalled)
process.exit(0)
