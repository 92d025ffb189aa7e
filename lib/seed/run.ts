/** `npm run seed`: fills the database named by DATABASE_URI with the bilingual seed (idempotent). */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seedAdmin } from './admin'
import { seed } from './index'

const payload = await getPayload({ config })
await seed(payload, { admin: seedAdmin(), log: (message) => payload.logger.info(message) })
await payload.destroy()
process.exit(0)
