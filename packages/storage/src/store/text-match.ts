import type { CredentialSummary } from '../model/credential.js'

/** Lower case without accents, as Brazilian users search: 'parana' finds 'Paraná', 'joao' finds 'João'. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

/** Whether every word of the query appears in one of the summary's text fields. */
export function matchesText(summary: CredentialSummary, words: readonly string[]): boolean {
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
