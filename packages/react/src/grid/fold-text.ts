/**
 * Accent- and case-insensitive text for the grid's client-side search: what a lawyer types ('sao paulo',
 * 'joao') finds what the records say ('São Paulo', 'João'). NFKD also turns '4ª' into '4a'.
 *
 * @example
 * foldText('Tribunal de Justiça do Estado de São Paulo') // 'tribunal de justica do estado de sao paulo'
 * searchWords('  TRF 4  ')                                // ['trf', '4']
 */
import { foldText } from '@a2f/core'

// The same folding as the court registry's search (one implementation, in @a2f/core).
export { foldText }

/** The folded words of a search box, empty when it holds only spaces. */
export function searchWords(text: string): string[] {
  return foldText(text)
    .split(/\s+/)
    .filter((word) => word !== '')
}
