/** The public origin of the site, without a trailing slash. */
export function siteUrl(): string {
  const fromEnv = process.env.NEXT_PUBLIC_SERVER_URL?.trim()
  return (fromEnv || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, '')
}

/** This server as seen from inside it (next start and dev set PORT); INTERNAL_URL overrides. */
export function internalOrigin(): string | undefined {
  if (process.env.INTERNAL_URL) return process.env.INTERNAL_URL.replace(/\/$/, '')
  return process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : undefined
}
