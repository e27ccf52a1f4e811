/**
 * The locales a2f ships: Brazilian Portuguese first (the courts, the lawyers and the source documents are
 * Brazilian), then English and Spanish. Any BCP 47 tag is accepted and mapped to the nearest of these.
 *
 * @example
 * resolveLocale('pt')     // 'pt-BR'
 * resolveLocale('es-AR')  // 'es'
 * resolveLocale('fr')     // 'pt-BR' (the default)
 */
export const LOCALES = ['pt-BR', 'en', 'es'] as const

export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'pt-BR'

export function resolveLocale(tag: string | undefined): Locale {
  if (!tag) return DEFAULT_LOCALE
  const lower = tag.toLowerCase()
  if (lower.startsWith('pt')) return 'pt-BR'
  if (lower.startsWith('en')) return 'en'
  if (lower.startsWith('es')) return 'es'
  return DEFAULT_LOCALE
}
