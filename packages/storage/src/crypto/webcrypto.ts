import { storageError } from '../errors.js'

/**
 * WebCrypto, looked up when first needed (never at import time, so server-side rendering and bundlers are
 * unaffected). Browsers hide `crypto.subtle` on pages served over plain http from a non-local host.
 */
export function subtle(): SubtleCrypto {
  const found = globalThis.crypto?.subtle
  if (found === undefined) throw storageError('CRYPTO_UNAVAILABLE', {})
  return found
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length))
}

/** A random UUID (v4) from getRandomValues: `crypto.randomUUID` needs a secure context, ids do not. */
export function randomId(): string {
  const b = randomBytes(16)
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Imports 32 raw bytes as a non-extractable AES-256-GCM key: once imported, script cannot read it back. */
export async function importAesKey(raw: Uint8Array, keyId?: string): Promise<CryptoKey> {
  if (raw.length !== 32) {
    throw storageError('KEY_INVALID', {
      reason: `an AES-256 key is 32 bytes, got ${raw.length}`,
      ...(keyId === undefined ? {} : { keyId }),
    })
  }
  return subtle().importKey('raw', copy(raw), 'AES-GCM', false, ['encrypt', 'decrypt'])
}

/** A copy backed by a plain ArrayBuffer, as WebCrypto's typings want (and so callers may wipe theirs). */
export function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes)
}

let encoder: TextEncoder | undefined
let decoder: TextDecoder | undefined

/** UTF-8 both ways (strict when decoding); the coder objects are made on first use and kept. */
export const utf8 = {
  encode: (text: string): Uint8Array<ArrayBuffer> => (encoder ??= new TextEncoder()).encode(text),
  decode: (bytes: Uint8Array): string =>
    (decoder ??= new TextDecoder('utf-8', { fatal: true })).decode(bytes),
}
