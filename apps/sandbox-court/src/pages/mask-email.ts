/**
 * An e-mail address as a login page may show it to whoever typed the password: enough to recognise it,
 * not enough to learn it.
 *
 * @example
 *   maskEmail('paulo.mendes@example.com') // 'p***@example.com'
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  return at <= 0 ? '***' : `${email.slice(0, 1)}***${email.slice(at)}`
}
