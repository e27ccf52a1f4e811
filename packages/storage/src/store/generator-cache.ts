/**
 * Prepared TOTP generators for `store.codes()`: each key is opened once per key ring (opened-key-cache.ts).
 */
import { createTotp } from '@a2f/core'
import { openedKeyCache } from './opened-key-cache.js'

// Marked pure: a bundler keeps the cache (and createTotp) only where `codes()` is used.
export const cachedGenerator = /* @__PURE__ */ openedKeyCache((secret, entry) =>
  createTotp(secret, entry.otp),
)
