/**
 * Starts Payload, with its job runner, when the Next server boots (next start and next dev), so
 * scheduled publishing runs on time even before the first request arrives.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}

/** A failed render may mean the database went away: the proxy checks again on the next request. */
export async function onRequestError(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { forgetDatabaseHealth } = await import('./lib/db/health')
  forgetDatabaseHealth()
}
