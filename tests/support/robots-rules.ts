/**
 * robots.txt as a crawler reads it (RFC 9309): the group for a user agent (else `*`), and for a URL
 * the matching rule with the longest path wins; on a tie, Allow wins; `*` matches anything, a
 * trailing `$` ends the path; no matching rule means allowed.
 */
export interface RobotsRule {
  allow: boolean
  path: string
}

export function robotsRules(text: string, userAgent = '*'): RobotsRule[] {
  const groups: { agents: string[]; rules: RobotsRule[] }[] = []
  let readingAgents = false
  for (const raw of text.split(/\r?\n/)) {
    const match = /^\s*([a-z-]+)\s*:\s*(.*?)\s*$/i.exec(raw.replace(/#.*/, ''))
    if (!match) continue
    const [, field, value] = match
    const key = field.toLowerCase()
    if (key === 'user-agent') {
      // Consecutive user-agent lines share one group.
      if (!readingAgents) groups.push({ agents: [], rules: [] })
      groups.at(-1)!.agents.push(value.toLowerCase())
      readingAgents = true
    } else {
      readingAgents = false
      if ((key === 'allow' || key === 'disallow') && groups.length)
        groups.at(-1)!.rules.push({ allow: key === 'allow', path: value })
    }
  }
  const named = groups.filter((group) => group.agents.includes(userAgent.toLowerCase()))
  return (named.length ? named : groups.filter((group) => group.agents.includes('*'))).flatMap((group) => group.rules)
}

function matches(rule: string, target: string): boolean {
  const anchored = rule.endsWith('$')
  const pattern = (anchored ? rule.slice(0, -1) : rule)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${pattern}${anchored ? '$' : ''}`).test(target)
}

/** Whether `url` (absolute, or a path with its query) may be crawled under `rules`. */
export function isAllowed(rules: RobotsRule[], url: string): boolean {
  const { pathname, search } = new URL(url, 'http://robots.invalid')
  const target = pathname + search
  let best: RobotsRule | undefined
  for (const rule of rules) {
    // An empty Disallow disallows nothing.
    if (!rule.path || !matches(rule.path, target)) continue
    if (!best || rule.path.length > best.path.length || (rule.path.length === best.path.length && rule.allow))
      best = rule
  }
  return best?.allow ?? true
}
