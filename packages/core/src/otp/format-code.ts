/** The code for a 31-bit truncated value: its last `digits` decimal digits, zero-padded (RFC 4226 §5.3 step 3). */
export function formatCode(value: number, digits: number): string {
  const text = String(value % 10 ** digits)
  return text.length >= digits ? text : '0'.repeat(digits - text.length) + text
}
