import { decodeBase64, encodeBase64 } from '@a2f/core'
import { storageError } from '../errors.js'
import { KEY_ID_PATTERN, type SealingKeys } from './sealing-keys.js'
import { importAesKey, randomBytes } from './webcrypto.js'

/**
 * Server-side sealing keys: master keys named by ids, typically read from a secret manager or the
 * environment (`A2F_MASTER_KEYS='2026-11:base64,2026-05:base64'`). New values are sealed with `current`;
 * values sealed with any other listed key still open. To rotate without downtime: add a new key and make
 * it current, deploy, run `store.rotateKeys()` (it re-seals every record still on an old key), then drop
 * the old key.
 */
export interface MasterKeyringOptions {
  /** Key id → 32 raw bytes or their base64. */
  keys: Record<string, Uint8Array | string>
  /** The id new values are sealed with. */
  current: string
}

export async function createMasterKeyring(options: MasterKeyringOptions): Promise<SealingKeys> {
  const entries = Object.entries(options.keys ?? {})
  if (entries.length === 0) throw storageError('KEY_INVALID', { reason: 'no master key given' })
  const imported = new Map<string, CryptoKey>()
  for (const [keyId, material] of entries) {
    if (!KEY_ID_PATTERN.test(keyId)) {
      throw storageError('KEY_INVALID', { reason: 'key ids are 1 to 64 letters, digits, - or _' })
    }
    let raw: Uint8Array
    try {
      raw = typeof material === 'string' ? decodeBase64(material) : material
    } catch {
      throw storageError('KEY_INVALID', { reason: 'not base64', keyId })
    }
    imported.set(keyId, await importAesKey(raw, keyId))
  }
  if (!imported.has(options.current)) {
    throw storageError('KEY_INVALID', {
      reason: 'the current key id is not among the keys',
      keyId: options.current,
    })
  }
  return { currentKeyId: options.current, key: (keyId) => imported.get(keyId) }
}

/** Parses `id:base64,id:base64` (the first is current), the form an environment variable can hold. */
export function parseMasterKeys(text: string): MasterKeyringOptions {
  const keys: Record<string, string> = {}
  let current: string | undefined
  for (const item of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const colon = item.indexOf(':')
    if (colon <= 0)
      throw storageError('KEY_INVALID', { reason: 'expected id:base64 pairs separated by commas' })
    const keyId = item.slice(0, colon)
    keys[keyId] = item.slice(colon + 1)
    current ??= keyId
  }
  if (current === undefined) throw storageError('KEY_INVALID', { reason: 'no master key given' })
  return { keys, current }
}

/** A new random master key, base64 (for `A2F_MASTER_KEYS` or a secret manager). */
export function generateMasterKey(): string {
  return encodeBase64(randomBytes(32))
}
