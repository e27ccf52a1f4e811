/**
 * Compares two codes in time that depends only on their length (which is public: the digit count), so a
 * server does not reveal how many leading digits of a guess were right.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return difference === 0
}
