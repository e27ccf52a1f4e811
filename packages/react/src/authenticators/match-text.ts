/**
 * Search as lawyers type it: accents and case do not matter ('justica' finds 'Justiça', 'trf4' finds
 * 'TRF4'), and every word typed must appear somewhere in the entry (issuer, account, court name…).
 *
 * @example
 * matchesText('tribunal regional 4', ['TRF4', 'Tribunal Regional Federal da 4ª Região'])   // true
 */
import { foldText } from '@a2f/core'

export function matchesText(query: string, fields: readonly (string | undefined)[]): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = foldText(fields.filter(Boolean).join(' '))
  return words.every((word) => haystack.includes(word))
}
