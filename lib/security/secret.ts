/** Used only outside production so `npm run dev` works on a fresh clone; production refuses it. */
export const DEV_PAYLOAD_SECRET = 'dev-only-news-center-secret-change-me'

export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (env.NODE_ENV !== 'production') return secret || DEV_PAYLOAD_SECRET
  if (!secret || secret === DEV_PAYLOAD_SECRET || secret.length < 32) {
    throw new Error(
      'PAYLOAD_SECRET must be set to a random string of at least 32 characters in production ' +
        '(e.g. `openssl rand -hex 32`); the development default is refused.',
    )
  }
  return secret
}
