import Image from 'next/image'

import type { Media } from '@/payload-types'

interface CoverImageProps {
  media: Media | number | string | null | undefined
  /** Which sharp-generated size to start from. */
  size: 'thumbnail' | 'card' | 'wide'
  sizes: string
  priority?: boolean
  className?: string
}

/** A cover from the media library; nothing when the article has none. */
export function CoverImage({ media, size, sizes, priority = false, className }: CoverImageProps) {
  if (!media || typeof media !== 'object') return null
  const variant = media.sizes?.[size]
  const src = variant?.url ?? media.url
  const width = variant?.width ?? media.width
  const height = variant?.height ?? media.height
  if (!src || !width || !height) return null
  return (
    <Image
      className={className}
      src={src}
      alt={media.alt ?? ''}
      width={width}
      height={height}
      sizes={sizes}
      priority={priority}
    />
  )
}
