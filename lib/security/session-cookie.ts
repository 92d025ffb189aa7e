/**
 * How Payload's session cookie is sent: always HttpOnly (Payload's default), SameSite=Lax so a
 * link from another site keeps the editor signed in but a cross-site form post does not, and Secure
 * whenever the public address is HTTPS in production.
 */
export function sessionCookie(env: NodeJS.ProcessEnv = process.env): { sameSite: 'Lax'; secure: boolean } {
  const https = (env.NEXT_PUBLIC_SERVER_URL ?? '').startsWith('https://')
  return { sameSite: 'Lax', secure: env.NODE_ENV === 'production' && https }
}
