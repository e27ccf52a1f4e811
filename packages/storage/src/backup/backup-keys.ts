import { deriveKeyBytes, type ScryptParams } from '../crypto/kdf.js'
import { copy, importAesKey, subtle, utf8 } from '../crypto/webcrypto.js'

/**
 * Keys of one backup file, from its passphrase:
 *
 *     K     = scrypt(NFKC(passphrase), salt, N, r, p, 32 bytes)          (the vault's `deriveKeyBytes`)
 *     data  = HKDF-SHA256(K, salt = empty, info = "a2f-backup v1 data",  32 bytes) → AES-256-GCM key
 *     check = HKDF-SHA256(K, salt = empty, info = "a2f-backup v1 check", 32 bytes) → written as `check`
 *
 * `check` lets a reader tell a wrong passphrase (check differs) from an altered file (check matches,
 * data fails authentication) without trying to decrypt anything. It is a one-way function of K, like
 * the GCM tag, so it gives someone guessing passphrases nothing the tag does not; and HKDF's distinct
 * `info` labels keep it independent of the data key. Every file has a new random salt, hence new keys,
 * so the data key encrypts exactly one message and a random 96-bit IV is safe.
 */
export interface BackupKeys {
  dataKey: CryptoKey
  check: Uint8Array
}

export async function deriveBackupKeys(passphrase: string, kdf: ScryptParams): Promise<BackupKeys> {
  const derived = await deriveKeyBytes(passphrase, kdf)
  const root = copy(derived) // WebCrypto wants an ArrayBuffer-backed view
  derived.fill(0)
  try {
    const hkdf = await subtle().importKey('raw', root, 'HKDF', false, ['deriveBits'])
    const expand = async (info: string) =>
      new Uint8Array(
        await subtle().deriveBits(
          { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8.encode(info) },
          hkdf,
          256,
        ),
      )
    const dataBytes = await expand('a2f-backup v1 data')
    const dataKey = await importAesKey(dataBytes)
    dataBytes.fill(0)
    return { dataKey, check: await expand('a2f-backup v1 check') }
  } finally {
    root.fill(0)
  }
}

/** Compares without stopping at the first difference (the check is not secret, but it costs nothing). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!
  return difference === 0
}
