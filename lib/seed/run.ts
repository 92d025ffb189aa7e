/** `npm run seed`: fills the database named by DATABASE_URI with the bilingual seed (idempotent). */
import { runScript } from '../db/run-script'

import { seedAdmin } from './admin'

runScript(async () => {
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const { seed } = await import('./index')
  const payload = await getPayload({ config })
  try {
    await seed(payload, { admin: seedAdmin(), log: (message) => payload.logger.info(message) })
  } finally {
    await payload.destroy()
  }
})
