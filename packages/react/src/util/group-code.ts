/**
 * A code as people read it aloud and type it: digits in groups of three ('492 039'; 8 digits '4920 3911').
 * Screen readers get the plain digits through `aria-label` elsewhere; this is for the eye.
 */
export function groupCode(code: string): string {
  if (code.length === 8) return `${code.slice(0, 4)} ${code.slice(4)}`
  return code.replace(/(\d{3})(?=\d)/g, '$1 ')
}
