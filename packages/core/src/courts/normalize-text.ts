/**
 * Text folding for court search, so that what users type finds what courts call themselves:
 * accents and case do not matter ('PARANA' = 'Paraná'), punctuation separates words ('trf-4'), and a
 * change between letters and digits does too ('TRF4' = 'trf 4', '2º' = '2 o').
 *
 * @example
 * foldText('Tribunal Regional Federal da 4ª Região')   // 'tribunal regional federal da 4a regiao'
 * tokenize('TRF4 — São Paulo, 2º grau')                 // ['trf', '4', 'sao', 'paulo', '2', 'o', 'grau']
 */

/** Combining marks left by decomposition: the accents of 'ã', 'ç', 'é'. */
const COMBINING_MARKS = /\p{M}+/gu

/** A run of letters or a run of digits: splits on everything else and at letter/digit boundaries. */
const WORD = /\p{L}+|\p{N}+/gu

/**
 * Lower case without accents. NFKD rather than NFD: it also turns the ordinal indicators of '4ª' and
 * '2º' into plain 'a' and 'o' (and full-width digits into ASCII), which NFD leaves alone.
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase()
}

/** The folded words of `text`, in order. */
export function tokenize(text: string): string[] {
  return foldText(text).match(WORD) ?? []
}

/** Folded text with every separator removed, for comparing codes: 'TJM-RS' → 'tjmrs', 'e-SAJ' → 'esaj'. */
export function compactText(text: string): string {
  return tokenize(text).join('')
}
