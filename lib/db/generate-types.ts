/**
 * Writes payload-types.ts (or PAYLOAD_TS_OUTPUT_PATH) for the adapter DATABASE_URI names, without
 * connecting to it. Run through lib/db/run-ts.mjs, which bundles Lexical: Payload's own CLI loads it
 * through Node's loader, which now and then stalls for good (see lib/db/payload-cli.mjs).
 */
import { runScript } from './run-script'

runScript(async () => {
  const { default: config } = await import('@payload-config')
  const { generateTypes } = await import('payload/node')
  await generateTypes(await config)
})
