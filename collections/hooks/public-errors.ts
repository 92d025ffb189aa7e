import { APIError, type AfterErrorHook } from 'payload'

/**
 * A refusal the editor must read, as written. Payload sends an error's own message to the admin
 * only for its public errors; in a production build the class names of its errors are minified
 * away, and an `APIError` without `data` then answers "An unknown error occurred." (Payload's
 * formatter recognises it by name). This one carries a name and data, and `showPublicErrors`
 * answers it with a top-level `message`, which the admin shows as one plain toast (a message in
 * `errors` is cut into a list at its first colon and at every comma).
 */
export class Refusal extends APIError<{ refusal: true }> {
  constructor(message: string, status = 400) {
    super(message, status, { refusal: true }, true)
    this.name = 'Refusal'
  }
}

/** What Payload's errors carry, read from the object: a production build may hold two copies of
 * Payload's error classes (one per server chunk), so `instanceof` cannot tell them apart. */
function publicError(error: Error): { status: number; data: unknown } | null {
  const status = 'status' in error && typeof error.status === 'number' ? error.status : 500
  const isPublic = 'isPublic' in error ? error.isPublic : undefined
  if (isPublic === false || status >= 500) return null
  return { status, data: 'data' in error ? error.data : undefined }
}

const hasFieldErrors = (data: unknown): data is { errors: unknown[] } =>
  Boolean(data && typeof data === 'object' && 'errors' in data && Array.isArray(data.errors))

/**
 * Makes public errors reach the admin as written, in development and production builds alike:
 * our refusals as one plain message; validation errors (ours and Payload's) with each field's
 * message, which the admin puts on the field; any other public error with its own message instead
 * of "An unknown error occurred.". Internal errors (500) stay hidden, as Payload intends.
 */
export const showPublicErrors: AfterErrorHook = ({ error, result }) => {
  const known = publicError(error)
  if (!known) return
  const { status, data } = known
  if (data && typeof data === 'object' && 'refusal' in data) {
    return { response: { message: error.message, errors: [{ message: error.message }] }, status }
  }
  const first = result?.errors?.[0]
  if (hasFieldErrors(data)) {
    if (first && 'data' in first && first.data) return
    return { response: { errors: [{ name: 'ValidationError', message: error.message, data }] }, status }
  }
  if (first && first.message === error.message) return
  return { response: { errors: [{ message: error.message }] }, status }
}
