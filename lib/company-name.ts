/**
 * The company name is required, but a language whose settings were never saved has none (a new
 * database before its seed, a language added later): pages, feeds and structured data then name the
 * site by its host rather than break (an Atom feed without an author name failed the build).
 */
export function withCompanyName<T extends { companyName?: string | null }>(
  settings: T,
  origin: string,
): Omit<T, 'companyName'> & { companyName: string } {
  return { ...settings, companyName: settings.companyName?.trim() || new URL(origin).hostname }
}
