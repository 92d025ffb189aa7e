import { notFound } from 'next/navigation'

/** Any other path under a language prefix gets that language's 404 page. */
export default function UnknownPage() {
  notFound()
}
