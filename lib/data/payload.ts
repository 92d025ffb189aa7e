import 'server-only'

import config from '@payload-config'
import { getPayload } from 'payload'

/** The one door to Payload for the public site: lib/data functions call this, pages never do. */
export const payloadClient = () => getPayload({ config })
