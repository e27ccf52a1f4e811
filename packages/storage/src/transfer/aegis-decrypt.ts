import { encodeBase64, decodeBase64 } from '@a2f/core'
import { isStorageError, storageError, type BackupInvalidReason } from '../errors.js'
import { checkKdfParams, kdfWork, scryptKey, type ScryptParams } from '../crypto/kdf.js'
import { importAesKey, subtle, utf8 } from '../crypto/webcrypto.js'
import {
  MAX_AEGIS_PASSWORD_SLOTS,
  MAX_AEGIS_SLOTS,
  MAX_KDF_WORK,
  MAX_SALT_BYTES,
  type LimitDetails,
} from '../limits.js'
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
 *
 * Every slot costs a derivation even when the password is wrong, so what a file can make us derive is
 * bounded before the first one (limits.ts): at most `MAX_AEGIS_SLOTS` slots read and
 * `MAX_AEGIS_PASSWORD_SLOTS` password slots tried ('TOO_LARGE'), each within the scrypt limits and all
 * together within `MAX_KDF_WORK` ('KDF'). Hex fields are judged by length before they are decoded.
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
  const nonce = decodeHex(header.params?.nonce, NONCE_BYTES)
  const tag = decodeHex(header.params?.tag, TAG_BYTES)
  if (nonce?.length !== NONCE_BYTES || tag?.length !== TAG_BYTES) throw invalid('FORMAT')
  const slots = passwordSlots(header.slots)
  let ciphertext: Uint8Array
  try {
    // Its length is bounded by the file's (MAX_AEGIS_LENGTH).
    ciphertext = decodeBase64(db)
  } catch {
    throw invalid('FORMAT')
  }

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

const NONCE_BYTES = 12
const TAG_BYTES = 16
const KEY_BYTES = 32

/**
 * The password slots of the header, every bound checked before any is tried: FORMAT when there is
 * none; TOO_LARGE past the slot counts; KDF when none has usable settings (a slot past the scrypt
 * limits is refused, never tried) or when those to try would together go past `MAX_KDF_WORK`.
 */
function passwordSlots(value: unknown): PasswordSlot[] {
  if (!Array.isArray(value)) throw invalid('FORMAT')
  if (value.length > MAX_AEGIS_SLOTS) {
    throw invalid('TOO_LARGE', { limit: 'MAX_AEGIS_SLOTS', maximum: MAX_AEGIS_SLOTS, actual: value.length })
  }
  const candidates = (value as unknown[]).filter(
    (raw): raw is Record<string, unknown> =>
      raw !== null && typeof raw === 'object' && (raw as { type?: unknown }).type === PASSWORD_SLOT,
  )
  if (candidates.length > MAX_AEGIS_PASSWORD_SLOTS) {
    throw invalid('TOO_LARGE', {
      limit: 'MAX_AEGIS_PASSWORD_SLOTS',
      maximum: MAX_AEGIS_PASSWORD_SLOTS,
      actual: candidates.length,
    })
  }
  const slots: PasswordSlot[] = []
  let refused: { limit?: LimitDetails } | undefined
  let work = 0
  for (const raw of candidates) {
    const keyParams = raw.key_params as { nonce?: unknown; tag?: unknown } | null | undefined
    const key = decodeHex(raw.key, KEY_BYTES)
    const nonce = decodeHex(keyParams?.nonce, NONCE_BYTES)
    const tag = decodeHex(keyParams?.tag, TAG_BYTES)
    if (key?.length !== KEY_BYTES || nonce?.length !== NONCE_BYTES || tag?.length !== TAG_BYTES) continue
    if (typeof raw.salt === 'string' && raw.salt.length > 2 * MAX_SALT_BYTES) {
      // Refused by its length alone: a 50 MB salt is never decoded.
      refused ??= {
        limit: { limit: 'MAX_SALT_BYTES', maximum: MAX_SALT_BYTES, actual: Math.floor(raw.salt.length / 2) },
      }
      continue
    }
    const salt = decodeHex(raw.salt, MAX_SALT_BYTES)
    if (salt === undefined) continue
    try {
      const kdf = checkKdfParams({ name: 'scrypt', N: raw.n, r: raw.r, p: raw.p, salt: encodeBase64(salt) })
      work += kdfWork(kdf)
      slots.push({ kdf, key, nonce, tag })
    } catch (error) {
      if (!isStorageError(error, 'KEY_INVALID')) throw error
      // Settings beyond our bounds (N = 2^40 would exhaust memory): refused, never tried.
      const { limit, maximum, actual } = error.details
      refused ??= limit === undefined ? {} : { limit: { limit, maximum: maximum!, actual: actual! } }
    }
  }
  if (slots.length === 0) throw refused === undefined ? invalid('FORMAT') : invalid('KDF', refused.limit)
  if (work > MAX_KDF_WORK)
    throw invalid('KDF', { limit: 'MAX_KDF_WORK', maximum: MAX_KDF_WORK, actual: work })
  return slots
}

/** Tries each password slot; the first that opens gives the master key. None: WRONG_PASSPHRASE. */
async function unwrapMasterKey(slots: PasswordSlot[], password: string): Promise<Uint8Array> {
  const passwordBytes = utf8.encode(password)
  try {
    for (const slot of slots) {
      const derived = await scryptKey(passwordBytes, slot.kdf)
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

const invalid = (
  reason: Extract<BackupInvalidReason, 'FORMAT' | 'KDF' | 'TAMPERED' | 'TOO_LARGE'>,
  limit?: LimitDetails,
) => storageError('BACKUP_INVALID', { reason, ...limit })
