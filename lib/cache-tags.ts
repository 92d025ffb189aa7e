/** Cache tags shared by lib/data (which tags what it reads) and collection hooks (which revalidate). */
export const cacheTags = {
  articles: 'articles',
  article: (slug: string) => `article:${slug}`,
  taxonomy: 'taxonomy',
  datasets: 'ranking-datasets',
  media: 'media',
  settings: 'site-settings',
  header: 'header',
  redirects: 'redirects',
} as const
