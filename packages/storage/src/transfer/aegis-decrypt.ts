import { encodeBase64, decodeBase64 } from '@a2f/core'
import { scryptAsync } from '@noble/hashes/scrypt.js'
import { isStorageError, storageError } from '../errors.js'
import { checkKdfParams, type ScryptParams } from '../crypto/kdf.js'
import { importAesKey, subtle, utf8 } from '../crypto/webcrypto.js'
import { decodeHex } from './hex.js'

/**
 * Decryption of an encrypted Aegis vault (Aegis docs/vault.md):
 *
 * - `header.slots`: ways to unwrap the 32-byte master key. Password slots (`type: 1`) hold scrypt
 *   settings `n, r, p, salt` (hex) and `key`, the master key encrypted with AES-256-GCM under
 *   scrypt(password, salt, N = n, r, p, 32 bytes), with `key_params: { nonce, tag }` (hex).
 * - `db`: base64 of the vault content encrypted with AES-256-GCM under the master key, with
 *   `header.params: { nonce, tag }` (hex). WebCrypto wants the tag after the ciphertext.
 *
 * The password is encoded as UTF-8 without normalisation, as Aegis does (`CryptoUtils.toBytes`): NFKC
 * here would give another key for a password with compatibility characters. Slots written before
 * Aegis fixed its encoding (issue #95, no `repaired` flag) differ only for passwords over 64 bytes.
 */
export interface AegisEncryptedHeader {
  slots?: unknown
  params?: { nonce?: unknown; tag?: unknown } | null
}

interface PasswordSlot {
  kdf: ScryptParams
  key: Uint8Array<ArrayBuffer>
  nonce: Uint8Array<ArrayBuffer>
  tag: Uint8Array<ArrayBuffer>
}

/** Aegis password slots are type 1 (0 is a raw key, 2 biometric: neither opens with a password). */
const PASSWORD_SLOT = 1

export async function decryptAegisDb(
  header: AegisEncryptedHeader,
  db: string,
  password: string,
): Promise<Uint8Array> {
  const nonce = decodeHex(header.params?.nonce)
  const tag = decodeHex(header.params?.tag)
  let ciphertext: Uint8Array
  try {
    ciphertext = decodeBase64(db)
  } catch {
    throw invalid('FORMAT')
  }
  if (nonce?.length !== 12 || tag?.length !== 16) throw invalid('FORMAT')
  const slots = passwordSlots(header.slots)

  const masterKey = await unwrapMasterKey(slots, password)
  try {
    const key = await importAesKey(masterKey)
    return new Uint8Array(
      await subtle().decrypt({ name: 'AES-GCM', iv: nonce }, key, joined(ciphertext, tag)),
    )
  } catch (error) {
    if (isStorageError(error)) throw error
    // The master key opened, so the password is right: the content itself was altered or cut.
    throw invalid('TAMPERED')
  } finally {
    masterKey.fill(0)
  }
}

/** The password slots of the header; FORMAT when there is none, KDF when none has usable settings. */
function passwordSlots(value: unknown): PasswordSlot[] {
  if (!Array.isArray(value)) throw invalid('FORMAT')
  const slots: PasswordSlot[] = []
  let refusedKdf = false
  for (const raw of value as Record<string, unknown>[]) {
    if (raw === null || typeof raw !== 'object' || raw.type !== PASSWORD_SLOT) continue
    const keyParams = raw.key_params as { nonce?: unknown; tag?: unknown } | null | undefined
    const key = decodeHex(raw.key)
    const nonce = decodeHex(keyParams?.nonce)
    const tag = decodeHex(keyParams?.tag)
    const salt = decodeHex(raw.salt)
    if (key?.length !== 32 || nonce?.length !== 12 || tag?.length !== 16 || salt === undefined) continue
    try {
      const kdf = checkKdfParams({ name: 'scrypt', N: raw.n, r: raw.r, p: raw.p, salt: encodeBase64(salt) })
      slots.push({ kdf, key, nonce, tag })
    } catch (error) {
      if (!isStorageError(error, 'KEY_INVALID')) throw error
      // Settings beyond our bounds (N = 2^40 would exhaust memory): refused, never tried.
      refusedKdf = true
    }
  }
  if (slots.length === 0) throw invalid(refusedKdf ? 'KDF' : 'FORMAT')
  return slots
}

/** Tries each password slot; the first that opens gives the master key. None: WRONG_PASSPHRASE. */
async function unwrapMasterKey(slots: PasswordSlot[], password: string): Promise<Uint8Array> {
  const passwordBytes = utf8.encode(password)
  try {
    for (const slot of slots) {
      const { N, r, p } = slot.kdf
      const derived = await scryptAsync(passwordBytes, decodeBase64(slot.kdf.salt), {
        N,
        r,
        p,
        dkLen: 32,
        maxmem: 128 * N * r + 1024 * r * p + 4096,
        asyncTick: 10,
      })
      const slotKey = await importAesKey(derived)
      derived.fill(0)
      try {
        const masterKey = await subtle().decrypt(
          { name: 'AES-GCM', iv: slot.nonce },
          slotKey,
          joined(slot.key, slot.tag),
        )
        return new Uint8Array(masterKey)
      } catch {
        // Not this slot's password (or this slot was altered): try the next one.
      }
    }
  } finally {
    passwordBytes.fill(0)
  }
  throw storageError('WRONG_PASSPHRASE', {})
}

function joined(ciphertext: Uint8Array, tag: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(ciphertext.length + tag.length)
  out.set(ciphertext)
  out.set(tag, ciphertext.length)
  return out
}

const invalid = (reason: 'FORMAT' | 'KDF' | 'TAMPERED') => storageError('BACKUP_INVALID', { reason })
