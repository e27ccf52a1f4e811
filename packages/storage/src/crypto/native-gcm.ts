/**
 * A synchronous AES-256-GCM open (and seal) for servers, with the same key object WebCrypto uses.
 *
 * Opening 10,000 small sealed values through `crypto.subtle.decrypt` costs about 22 µs each in Node even
 * with dozens in flight: each call is a job on libuv's thread pool and a promise back, for a few dozen
 * bytes of AES. Node's own `createDecipheriv` does the same decryption in about 5 µs, on the calling
 * thread. It takes the key as a `KeyObject`, and `KeyObject.from(cryptoKey)` is the native key behind the
 * CryptoKey: no key byte is copied into JavaScript, so a non-extractable master key stays where it was.
 * (In Node a non-extractable CryptoKey is not a boundary against code in the same process anyway:
 * `KeyObject.from(key).export()` reads it. In a browser it is, and there this path does not exist.)
 *
 * Found through `process.getBuiltinModule` (Node ≥ 20.16, also Deno and Bun), never imported: browsers
 * and bundlers never see `node:crypto`, and where it is missing, or refuses the key, `open` uses
 * WebCrypto as before. The sealed format is the same either way: this is only another way to open it.
 *
 * A pure-JavaScript AES-GCM (`@noble/ciphers`) was measured too and was no faster than WebCrypto for
 * values this small (its key schedule and GHASH tables are rebuilt per call), while it would need the
 * raw key bytes kept in JavaScript memory: see BENCHMARKS.md and the package README.
 */

interface Decipher {
  setAAD(data: Uint8Array): unknown
  setAuthTag(tag: Uint8Array): unknown
  update(data: Uint8Array): Uint8Array
  final(): Uint8Array
}

interface Cipher {
  setAAD(data: Uint8Array): unknown
  update(data: Uint8Array): Uint8Array
  final(): Uint8Array
  getAuthTag(): Uint8Array
}

interface NodeCrypto {
  KeyObject: { from(key: CryptoKey): unknown }
  createDecipheriv(
    algorithm: 'aes-256-gcm',
    key: unknown,
    iv: Uint8Array,
    options: { authTagLength: number },
  ): Decipher
  createCipheriv(
    algorithm: 'aes-256-gcm',
    key: unknown,
    iv: Uint8Array,
    options: { authTagLength: number },
  ): Cipher
}

/** AES-GCM-decrypts `ciphertext` (tag last) or throws when it does not authenticate. */
export type SyncDecrypt = (iv: Uint8Array, ciphertext: Uint8Array, additionalData: Uint8Array) => Uint8Array
/** AES-GCM-encrypts `plaintext`: the ciphertext with its 16-byte tag last, as WebCrypto gives it. */
export type SyncEncrypt = (iv: Uint8Array, plaintext: Uint8Array, additionalData: Uint8Array) => Uint8Array

const TAG_LENGTH = 16

/** Whether the synchronous path is used; tests turn it off to run the WebCrypto path in Node too. */
let enabled = true

/** Per key: its native key object and Node's crypto, or null where only WebCrypto can use it. */
const nativeKeys = new WeakMap<CryptoKey, { crypto: NodeCrypto; keyObject: unknown } | null>()
const decrypters = new WeakMap<CryptoKey, SyncDecrypt>()
const encrypters = new WeakMap<CryptoKey, SyncEncrypt>()

/**
 * The function `make` builds for this key from its native key object, kept per key in `cache`; undefined
 * when the synchronous path is off or the key is not one Node's crypto can take for `usage`.
 */
function perKey<F>(
  cache: WeakMap<CryptoKey, F>,
  key: CryptoKey,
  usage: 'encrypt' | 'decrypt',
  make: (crypto: NodeCrypto, keyObject: unknown) => F,
): F | undefined {
  if (!enabled) return undefined
  const known = cache.get(key)
  if (known !== undefined) return known
  const native = nativeKey(key, usage)
  if (native === null) return undefined
  const made = make(native.crypto, native.keyObject)
  cache.set(key, made)
  return made
}

/**
 * Node's crypto module, looked up for each new key (a map lookup in Node): a runtime without
 * `process.getBuiltinModule` at that moment opens that key's values with WebCrypto, as a browser does.
 */
function findNodeCrypto(): NodeCrypto | null {
  const host = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  try {
    const module =
      typeof host?.getBuiltinModule === 'function'
        ? (host.getBuiltinModule('node:crypto') as Partial<NodeCrypto> | undefined)
        : undefined
    if (
      typeof module?.createDecipheriv === 'function' &&
      typeof module.createCipheriv === 'function' &&
      typeof module.KeyObject?.from === 'function'
    )
      return module as NodeCrypto
  } catch {
    // Not Node's crypto, or a host that refuses: WebCrypto it is.
  }
  return null
}

/** The key's native key object, for an AES-256-GCM key allowed `usage`; null elsewhere. */
function nativeKey(key: CryptoKey, usage: 'encrypt' | 'decrypt') {
  const algorithm = key.algorithm as Partial<AesKeyAlgorithm> | undefined
  if (algorithm?.name !== 'AES-GCM' || algorithm.length !== 256 || !key.usages.includes(usage)) return null
  let native = nativeKeys.get(key)
  if (native === undefined) {
    const crypto = findNodeCrypto()
    try {
      native = crypto === null ? null : { crypto, keyObject: crypto.KeyObject.from(key) }
    } catch {
      native = null
    }
    nativeKeys.set(key, native)
  }
  return native
}

/** The synchronous decryption for this key, or undefined where only WebCrypto can open with it. */
export function syncDecrypter(key: CryptoKey): SyncDecrypt | undefined {
  return perKey(decrypters, key, 'decrypt', (crypto, keyObject) => (iv, ciphertext, additionalData) => {
    const tagStart = ciphertext.length - TAG_LENGTH
    const decipher = crypto.createDecipheriv('aes-256-gcm', keyObject, iv, { authTagLength: TAG_LENGTH })
    decipher.setAAD(additionalData)
    decipher.setAuthTag(ciphertext.subarray(tagStart))
    const body = decipher.update(ciphertext.subarray(0, tagStart))
    const rest = decipher.final() // throws when the tag does not match
    const plaintext = new Uint8Array(body.length + rest.length)
    plaintext.set(body)
    plaintext.set(rest, body.length)
    // Only the copy is handed out (callers wipe it when done); the intermediate buffer is wiped here.
    body.fill(0)
    return plaintext
  })
}

/**
 * The synchronous encryption for this key, or undefined where only WebCrypto can seal with it. Sealing
 * 10,000 keys for a batch costs WebCrypto about 25 µs each in Node (a thread-pool job and a promise per
 * value), this path a few: most of what `createMany` spends in Node besides the database.
 */
export function syncEncrypter(key: CryptoKey): SyncEncrypt | undefined {
  return perKey(encrypters, key, 'encrypt', (crypto, keyObject) => (iv, plaintext, additionalData) => {
    const cipher = crypto.createCipheriv('aes-256-gcm', keyObject, iv, { authTagLength: TAG_LENGTH })
    cipher.setAAD(additionalData)
    const body = cipher.update(plaintext)
    const rest = cipher.final()
    const tag = cipher.getAuthTag()
    const sealed = new Uint8Array(body.length + rest.length + tag.length)
    sealed.set(body)
    sealed.set(rest, body.length)
    sealed.set(tag, body.length + rest.length)
    return sealed
  })
}

/** Turns the synchronous paths off (`false`) or back on, for tests. Internal. */
export function useSyncGcm(on: boolean): void {
  enabled = on
}
