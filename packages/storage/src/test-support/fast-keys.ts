import { createMasterKeyring } from '../crypto/master-keyring.js'

/** A fixed master key ring for tests: sealing is real AES-256-GCM, only the key is not secret. */
export function testKeyring(current = 'test-2026') {
  return createMasterKeyring({ keys: { [current]: new Uint8Array(32).fill(42) }, current })
}

/** scrypt costs low enough for unit tests (2^10); production defaults are 2^17 (`DEFAULT_KDF_COST`). */
export const FAST_KDF = { N: 2 ** 10, r: 8, p: 1 } as const
