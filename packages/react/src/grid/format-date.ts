/**
 * Dates of the grid in the provider's language with Intl.DateTimeFormat: when a credential was
 * validated (21/11/2026) and since when a court demands 2FA ('2024-04-22' → 22/04/2024, '2024-08' →
 * agosto de 2024). Formatters are cached per locale, since a grid formats thousands of dates.
 *
 * @example
 * formatDate('pt-BR', validatedAt)           // '21/11/2026'
 * formatDate('pt-BR', validatedAt, 'long')   // '21 de novembro de 2026 11:00'
 * formatSince('en', '2024-08')               // 'August 2024'
 */
const cache = new Map<string, Intl.DateTimeFormat>()

function format(locale: string, options: Intl.DateTimeFormatOptions, value: number): string {
  const key = locale + JSON.stringify(options)
  let found = cache.get(key)
  if (!found) cache.set(key, (found = new Intl.DateTimeFormat(locale, options)))
  return found.format(value)
}

/** 'short': the date; 'long': date and time, for titles. */
export function formatDate(locale: string, timestamp: number, style: 'short' | 'long' = 'short'): string {
  return format(
    locale,
    style === 'short' ? { dateStyle: 'short' } : { dateStyle: 'long', timeStyle: 'short' },
    timestamp,
  )
}

/** A registry date ('YYYY-MM-DD', 'YYYY-MM' or 'YYYY'), shown with the precision it has. */
export function formatSince(locale: string, since: string): string {
  const [year, month, day] = since.split('-').map(Number)
  if (!year) return since
  if (!month) return String(year)
  // Calendar dates, not instants: format in UTC so no time zone moves them to the day before.
  return format(
    locale,
    day ? { dateStyle: 'short', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' },
    Date.UTC(year, month - 1, day ?? 1),
  )
}
