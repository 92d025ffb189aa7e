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
