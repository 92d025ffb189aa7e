/** The public origin of the site, without a trailing slash. */
export function siteUrl(): string {
  const fromEnv = process.env.NEXT_PUBLIC_SERVER_URL?.trim()
  return (fromEnv || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, '')
}
