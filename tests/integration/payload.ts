import type { Payload } from 'payload'

import { resolveDatabase } from '@/lib/db/database-url'
import { migrate } from '@/lib/db/migrate'

let instance: Promise<Payload> | undefined

/** Payload on the database under test, with every migration applied (SQL) before first use. */
export function testPayload(): Promise<Payload> {
  instance ??= (async () => {
    const { default: config } = await import('@payload-config')
    const { getPayload } = await import('payload')
    const payload = await getPayload({ config })
    await migrate(payload)
    return payload
  })()
  return instance
}

export const databaseKind = () => resolveDatabase(process.env.DATABASE_URI).kind

/** Writes from tests run outside Next: hooks must not try to revalidate. */
export const context = { disableRevalidate: true }

/**
 * True when the suite runs on CongoDB, the MongoDB emulator tests/run-all.mjs starts (it sets
 * MONGODB_EMULATOR): a test of what the emulator cannot do is then skipped, with this line saying
 * why. A real MongoDB (MONGODB_TEST_URI) runs it.
 */
export function emulatorLacks(what: string): boolean {
  const emulated = databaseKind() === 'mongodb' && process.env.MONGODB_EMULATOR === 'congodb'
  if (emulated)
    console.log(`Skipped on the MongoDB emulator (CongoDB): ${what}. MONGODB_TEST_URI=<a real server> runs it.`)
  return emulated
}
