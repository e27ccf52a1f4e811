/**
 * Accent- and case-insensitive text for the grid's client-side search: what a lawyer types ('sao paulo',
 * 'joao') finds what the records say ('São Paulo', 'João'). NFKD also turns '4ª' into '4a'.
 *
 * @example
 * foldText('Tribunal de Justiça do Estado de São Paulo') // 'tribunal de justica do estado de sao paulo'
 * searchWords('  TRF 4  ')                                // ['trf', '4']
 */
const COMBINING_MARKS = /\p{M}+/gu

export function foldText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase()
}

/** The folded words of a search box, empty when it holds only spaces. */
export function searchWords(text: string): string[] {
  return foldText(text)
    .split(/\s+/)
    .filter((word) => word !== '')
}
