// Lower case without accents, as Brazilian users search ('parana' finds 'Paraná', 'joao' finds 'João'):
// the same folding as the court registry's search, from @a2f/core.
import { foldText } from '@a2f/core'
import type { CredentialSummary } from '../model/credential.js'

/** The fields a text query searches: a summary and a stored row both have them. */
export type SearchableFields = Pick<
  CredentialSummary,
  'issuer' | 'account' | 'owner' | 'label' | 'notes' | 'personalEmail' | 'systemId'
>

/** Whether every word of the query appears in one of the credential's text fields. */
export function matchesText(summary: SearchableFields, words: readonly string[]): boolean {
  if (words.length === 0) return true
  const haystack = foldText(
    [
      summary.issuer,
      summary.account,
      summary.owner,
      summary.label,
      summary.notes,
      summary.personalEmail,
      summary.systemId,
    ]
      .filter((value) => value !== undefined)
      .join('\n'),
  )
  return words.every((word) => haystack.includes(word))
}

export function queryWords(text: string | undefined): string[] {
  return text === undefined ? [] : foldText(text).split(/\s+/).filter(Boolean)
}
