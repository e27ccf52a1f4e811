/**
 * Prepared TOTP generators for `store.codes()`: each key is opened once per key ring (opened-key-cache.ts).
 */
import { createTotp } from '@a2f/core'
import { openedKeyCache } from './opened-key-cache.js'

export const cachedGenerator = openedKeyCache((secret, entry) => createTotp(secret, entry.otp))
