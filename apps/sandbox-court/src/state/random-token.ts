/**
 * Unguessable ids for sessions, activation links and released devices: 256 bits from node:crypto,
 * URL- and cookie-safe.
 *
 * @example
 *   randomToken() // 'q2V0…' (43 characters)
 */
import { randomBytes } from 'node:crypto'

export const randomToken = (): string => randomBytes(32).toString('base64url')
