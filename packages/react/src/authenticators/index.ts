/**
 * A lawyer's personal area with their court authenticators and live codes: `AuthenticatorList`.
 */
export { AuthenticatorList } from './authenticator-list.js'
export type { AuthenticatorListProps } from './authenticator-list.js'
export type * from './messages.js'
