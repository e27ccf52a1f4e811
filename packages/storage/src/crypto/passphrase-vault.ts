import { storageError, isStorageError } from '../errors.js'
import type { StorageAdapter } from '../store/adapter.js'
import { checkKdfParams, deriveKeyBytes, newKdfParams, type KdfCost, type ScryptParams } from './kdf.js'
import { checkNewPassphrase } from './passphrase-rule.js'
import { open, seal, type SealedValue } from './sealed-value.js'
import { KEY_ID_PATTERN, type SealingKeys } from './sealing-keys.js'
import { lineText } from '../store/normalize-input.js'
import { importAesKey, randomBytes, randomId } from './webcrypto.js'

/**
 * A passphrase vault: the tenant's data key (32 random bytes) wrapped with a key derived from the
 * passphrase. Records are sealed with the data key, so changing the passphrase re-wraps one key and
 * re-seals nothing. The vault document is kept by the adapter next to the records (meta key 'vault').
 *
 * Stored document (JSON):
 * ```json
 * { "format": "a2f-vault", "version": 1, "keyId": "v-…", "kdf": { "name": "scrypt", "N": 131072,
 *   "r": 8, "p": 1, "salt": "…" }, "wrappedKey": "a2f1:kek:…", "createdAt": …, "updatedAt": … }
 * ```
 */
export interface VaultDocument {
  format: 'a2f-vault'
  version: 1
  /** Id of the data key: records sealed with it name it. */
  keyId: string
  kdf: ScryptParams
  /** The data key sealed with the passphrase key, bound to tenant and key id. */
  wrappedKey: SealedValue
  createdAt: number
  updatedAt: number
}

/** Keys from an unlocked vault. `lock()` forgets the key: sealing and opening then throw `LOCKED`. */
export interface UnlockedVault extends SealingKeys {
  readonly locked: boolean
  /** The KDF parameters in use (to show them, or to decide to raise them on the next passphrase change). */
  readonly kdf: Readonly<ScryptParams>
  lock(): void
}

export interface VaultOptions {
  /** Defaults to 'default'. */
  tenant?: string
}

const META_KEY = 'vault'
const WRAP_KEY_ID = 'kek'
/** A wrapped 32-byte key is 90 characters (`a2f1:kek:` + 16 of IV + ':' + 64 of ciphertext and tag). */
const MAX_WRAPPED_KEY_LENGTH = 128

/**
 * The tenant of a vault call, checked by the rule a store applies to its tenant, before any backend is
 * asked: a name a database cannot hold (a U+0000 on PostgreSQL) is INVALID_INPUT, not a failing backend.
 */
const vaultTenant = (options: VaultOptions) => lineText('tenant', options.tenant ?? 'default')

/** Whether the tenant has a vault yet (a first run asks for a new passphrase). */
export async function hasVault(adapter: StorageAdapter, options: VaultOptions = {}): Promise<boolean> {
  return (await adapter.getMeta(vaultTenant(options), META_KEY)) !== undefined
}

/** Creates the tenant's vault with a new random data key. `VAULT_EXISTS` when there is one. */
export async function createVault(
  adapter: StorageAdapter,
  options: VaultOptions & { passphrase: string; kdf?: Partial<KdfCost>; now?: number },
): Promise<UnlockedVault> {
  const tenant = vaultTenant(options)
  checkNewPassphrase(options.passphrase)
  const dataKey = randomBytes(32)
  const keyId = `v-${randomId().slice(0, 8)}`
  const kdf = newKdfParams(options.kdf)
  const now = options.now ?? Date.now()
  const document: VaultDocument = {
    format: 'a2f-vault',
    version: 1,
    keyId,
    kdf,
    wrappedKey: await wrap(dataKey, options.passphrase, kdf, tenant, keyId),
    createdAt: now,
    updatedAt: now,
  }
  try {
    await adapter.putMeta(tenant, META_KEY, document, 0)
  } catch (error) {
    if (isStorageError(error, 'CONFLICT')) throw storageError('VAULT_EXISTS', { tenant })
    throw error
  }
  return unlocked(await importAesKey(dataKey), keyId, kdf, dataKey)
}

/**
 * Opens the tenant's vault. A wrong passphrase is `WRONG_PASSPHRASE`, and nothing changes. A vault record
 * that is not one, or whose scrypt settings are past the limits (an edited row naming 2 GiB), is
 * `KEY_INVALID` before anything is derived (`details.limit` names the limit).
 */
export async function unlockVault(
  adapter: StorageAdapter,
  options: VaultOptions & { passphrase: string },
): Promise<UnlockedVault> {
  const tenant = vaultTenant(options)
  const { document } = await readVault(adapter, tenant)
  const dataKey = await unwrap(document, options.passphrase, tenant)
  return unlocked(await importAesKey(dataKey), document.keyId, document.kdf, dataKey)
}

/**
 * Re-wraps the data key under a new passphrase (and, if given, new KDF costs). The old passphrase must
 * open the vault first. Records are untouched, so this is instant apart from the two derivations. A
 * concurrent change (two tabs) is a `ConflictError` for the second, never a lost key.
 */
export async function changePassphrase(
  adapter: StorageAdapter,
  options: VaultOptions & { current: string; next: string; kdf?: Partial<KdfCost>; now?: number },
): Promise<void> {
  const tenant = vaultTenant(options)
  checkNewPassphrase(options.next)
  const { document, version } = await readVault(adapter, tenant)
  const dataKey = await unwrap(document, options.current, tenant)
  const kdf = newKdfParams({ N: document.kdf.N, r: document.kdf.r, p: document.kdf.p, ...options.kdf })
  const next: VaultDocument = {
    ...document,
    kdf,
    wrappedKey: await wrap(dataKey, options.next, kdf, tenant, document.keyId),
    updatedAt: options.now ?? Date.now(),
  }
  dataKey.fill(0)
  await adapter.putMeta(tenant, META_KEY, next, version)
}

async function readVault(adapter: StorageAdapter, tenant: string) {
  const meta = await adapter.getMeta(tenant, META_KEY)
  if (meta === undefined) throw storageError('VAULT_NOT_FOUND', { tenant })
  const document = meta.value as Partial<VaultDocument> | null
  if (
    document === null ||
    typeof document !== 'object' ||
    document.format !== 'a2f-vault' ||
    document.version !== 1 ||
    typeof document.keyId !== 'string' ||
    !KEY_ID_PATTERN.test(document.keyId) ||
    typeof document.wrappedKey !== 'string' ||
    document.wrappedKey.length > MAX_WRAPPED_KEY_LENGTH
  ) {
    throw storageError('KEY_INVALID', { reason: 'the vault record is not an a2f vault' })
  }
  checkKdfParams(document.kdf)
  return { document: document as VaultDocument, version: meta.version }
}

async function passphraseKeys(passphrase: string, kdf: ScryptParams): Promise<SealingKeys> {
  if (typeof passphrase !== 'string' || passphrase.length === 0) {
    throw storageError('INVALID_INPUT', { field: 'passphrase', reason: 'empty' })
  }
  const bytes = await deriveKeyBytes(passphrase, kdf)
  const key = await importAesKey(bytes)
  bytes.fill(0)
  return { currentKeyId: WRAP_KEY_ID, key: (id) => (id === WRAP_KEY_ID ? key : undefined) }
}

async function wrap(
  dataKey: Uint8Array,
  passphrase: string,
  kdf: ScryptParams,
  tenant: string,
  keyId: string,
) {
  const keys = await passphraseKeys(passphrase, kdf)
  return seal(keys, dataKey, { tenant, recordId: keyId, field: 'vault-key' })
}

async function unwrap(document: VaultDocument, passphrase: string, tenant: string): Promise<Uint8Array> {
  const keys = await passphraseKeys(passphrase, document.kdf)
  try {
    return await open(keys, document.wrappedKey, { tenant, recordId: document.keyId, field: 'vault-key' })
  } catch {
    // Authentication failed: a wrong passphrase, or an altered vault document. Either way, nothing opens.
    throw storageError('WRONG_PASSPHRASE', {})
  }
}

function unlocked(key: CryptoKey, keyId: string, kdf: ScryptParams, raw: Uint8Array): UnlockedVault {
  raw.fill(0)
  let current: CryptoKey | undefined = key
  return {
    currentKeyId: keyId,
    kdf: Object.freeze({ ...kdf }),
    get locked() {
      return current === undefined
    },
    key(id) {
      if (current === undefined) throw storageError('LOCKED', {})
      return id === keyId ? current : undefined
    },
    lock() {
      current = undefined
    },
  }
}
