import path from 'node:path'

import createMDX from '@next/mdx'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')
const withMDX = createMDX({})

const https = (process.env.NEXT_PUBLIC_SERVER_URL ?? '').startsWith('https://')

/** Sent with every response. */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // The admin's live preview frames the site itself; nobody else may.
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
]

const config: NextConfig = {
  pageExtensions: ['ts', 'tsx', 'mdx'],
  poweredByHeader: false,
  // harfbuzzjs finds its .wasm with require.resolve, which a bundle turns into a module id.
  serverExternalPackages: ['subset-font', 'harfbuzzjs'],
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
    formats: ['image/avif', 'image/webp'],
  },
  // Cached public pages are served as plain HTML, without React's hydration (lib/next/static-html.cjs).
  cacheHandler: path.resolve('lib/next/cache-handler.cjs'),
  experimental: {
    turbopackFileSystemCacheForBuild: false,
  },
  headers: async () => [{ source: '/:path*', headers: securityHeaders }],
}

const withEverything = withPayload(withNextIntl(withMDX(config)), { devBundleServerPackages: false })

/**
 * withPayload asks every route for the color-scheme client hint (Accept-CH, Critical-CH, Vary).
 * Only the admin uses it; on public pages Critical-CH makes Chrome load each page twice (Lighthouse
 * counts a redirect) and Vary splits caches. The hint is kept for /admin only.
 */
const nextConfig: NextConfig = {
  ...withEverything,
  headers: async () =>
    (await withEverything.headers?.())?.map((rule) =>
      rule.headers.some((header) => header.key === 'Critical-CH') ? { ...rule, source: '/admin/:path*' } : rule,
    ) ?? [],
}

export default nextConfig
