/**
 * A code for screen readers: one digit at a time ('4 9 2 0 3 9'), so it is not read as "four hundred
 * ninety-two thousand…" and can be typed while listening. The eye gets `groupCode` ('492 039').
 *
 * @example
 * spellCode('492039')   // '4 9 2 0 3 9'
 */
export function spellCode(code: string): string {
  return code.replace(/\s+/g, '').split('').join(' ')
}
