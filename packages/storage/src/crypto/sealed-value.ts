import { decodeBase64, encodeBase64 } from '@a2f/core'
import { storageError } from '../errors.js'
import { syncDecrypter, syncEncrypter } from './native-gcm.js'
import type { SealingKeys } from './sealing-keys.js'
import { copy, randomBytes, subtle, utf8 } from './webcrypto.js'

/**
 * A sealed value is one string: `a2f1:<key id>:<iv>:<ciphertext and tag>` (base64), AES-256-GCM with a
 * fresh 96-bit IV each time. The associated data binds it to its tenant, record and field, so a sealed
 * key copied into another record, another field or another tenant fails to open instead of opening as
 * the wrong secret.
 */
export type SealedValue = string

/** Which record and field a sealed value belongs to. */
export interface SealContext {
  tenant: string
  recordId: string
  field: string
}

const PREFIX = 'a2f1'

/** The associated data: an unambiguous encoding of the context (JSON escapes any separator). */
function associatedData(context: SealContext): Uint8Array<ArrayBuffer> {
  return utf8.encode(JSON.stringify(['a2f-sealed', 1, context.tenant, context.recordId, context.field]))
}

export async function seal(
  keys: SealingKeys,
  plaintext: Uint8Array,
  context: SealContext,
): Promise<SealedValue> {
  const keyId = keys.currentKeyId
  const key = keys.key(keyId)
  if (key === undefined) throw storageError('KEY_INVALID', { reason: 'the current key is missing', keyId })
  const iv = randomBytes(12)
  // Node: the same encryption on this thread (native-gcm.ts); the sealed value is the same format.
  const encrypt = syncEncrypter(key)
  const ciphertext =
    encrypt !== undefined
      ? encrypt(iv, plaintext, associatedData(context))
      : new Uint8Array(
          await subtle().encrypt(
            { name: 'AES-GCM', iv, additionalData: associatedData(context) },
            key,
            copy(plaintext),
          ),
        )
  return `${PREFIX}:${keyId}:${encodeBase64(iv)}:${encodeBase64(ciphertext)}`
}

/** The key id a sealed value names, or undefined when it is not a sealed value. */
export function sealedKeyId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const parts = value.split(':')
  return parts.length === 4 && parts[0] === PREFIX ? parts[1] : undefined
}

type OpenFailure = 'CIPHERTEXT' | 'KEY_UNKNOWN' | 'FORMAT'

const unreadable = (context: SealContext, reason: OpenFailure, cause?: unknown) =>
  storageError('UNREADABLE_RECORD', { id: context.recordId, reason }, { cause })

/** The key a sealed value names, from the ring: or UNREADABLE_RECORD (FORMAT, KEY_UNKNOWN). */
function sealingKeyOf(keys: SealingKeys, parts: string[], context: SealContext): CryptoKey {
  if (parts.length !== 4 || parts[0] !== PREFIX) throw unreadable(context, 'FORMAT')
  const key = keys.key(parts[1]!)
  if (key === undefined) throw unreadable(context, 'KEY_UNKNOWN')
  return key
}

/** The IV and the ciphertext (tag last) of a sealed value's parts: or UNREADABLE_RECORD (FORMAT). */
function sealedBytes(parts: string[], context: SealContext): { iv: Uint8Array; ciphertext: Uint8Array } {
  let iv: Uint8Array
  let ciphertext: Uint8Array
  try {
    iv = decodeBase64(parts[2]!)
    ciphertext = decodeBase64(parts[3]!)
  } catch {
    throw unreadable(context, 'FORMAT')
  }
  if (iv.length !== 12 || ciphertext.length < 16) throw unreadable(context, 'FORMAT')
  return { iv, ciphertext }
}

const partsOf = (sealed: SealedValue): string[] => (typeof sealed === 'string' ? sealed.split(':') : [])

/**
 * Opens the value of `parts` (sealed with `key`) on this thread where the runtime can, or gives
 * undefined where only WebCrypto can.
 */
function openWithNativeKey(key: CryptoKey, parts: string[], context: SealContext): Uint8Array | undefined {
  const decrypt = syncDecrypter(key)
  if (decrypt === undefined) return undefined
  const { iv, ciphertext } = sealedBytes(parts, context)
  try {
    return decrypt(iv, ciphertext, associatedData(context))
  } catch {
    throw unreadable(context, 'CIPHERTEXT')
  }
}

/**
 * Opens a sealed value on this thread where the runtime can (Node: native-gcm.ts), or gives undefined
 * where only WebCrypto can (a browser): then `open` it. Fails as `open` does.
 */
export function openNow(
  keys: SealingKeys,
  sealed: SealedValue,
  context: SealContext,
): Uint8Array | undefined {
  const parts = partsOf(sealed)
  return openWithNativeKey(sealingKeyOf(keys, parts, context), parts, context)
}

/**
 * Opens a sealed value. Any failure is `UNREADABLE_RECORD` for `context.recordId`: 'KEY_UNKNOWN' when the
 * named key is not in the ring, 'CIPHERTEXT' when authentication fails, 'FORMAT' when it is not a sealed
 * value at all. A locked vault throws `LOCKED` from `keys.key`. In Node the decryption runs synchronously
 * with the key's native key object (native-gcm.ts); elsewhere through WebCrypto.
 */
export async function open(
  keys: SealingKeys,
  sealed: SealedValue,
  context: SealContext,
): Promise<Uint8Array> {
  const parts = partsOf(sealed)
  const key = sealingKeyOf(keys, parts, context)
  const opened = openWithNativeKey(key, parts, context)
  if (opened !== undefined) return opened
  const { iv, ciphertext } = sealedBytes(parts, context)
  try {
    const plaintext = await subtle().decrypt(
      { name: 'AES-GCM', iv: copy(iv), additionalData: associatedData(context) },
      key,
      copy(ciphertext),
    )
    return new Uint8Array(plaintext)
  } catch {
    // WebCrypto's OperationError says nothing useful and nothing secret; the reason says it all.
    throw unreadable(context, 'CIPHERTEXT')
  }
}
