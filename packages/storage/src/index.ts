/**
 * @a2f/storage — keeps lawyers' court authenticators so that nothing leaks and nothing is lost: secrets
 * sealed with AES-256-GCM before any backend sees them, keys from a passphrase (scrypt) or a server master
 * key ring, optimistic concurrency, an audit trail, backups and moving in and out.
 *
 * Backends: memory (here), IndexedDB (`@a2f/storage/indexeddb`), PostgreSQL (`@a2f/storage/postgres`),
 * PGlite (`@a2f/storage/pglite`), HTTP (`@a2f/storage/http`).
 */
export * from './errors.js'
export type * from './model/credential.js'
export type * from './model/credential-store.js'
export type * from './store/adapter.js'

// Stores
export { createCredentialStore } from './store/create-credential-store.js'
export type {
  CredentialStoreOptions,
  RotationReport,
  SealedCredentialStore,
} from './store/create-credential-store.js'
export { createMemoryAdapter } from './adapters/memory.js'

// Keys
export { createVault, unlockVault, changePassphrase, hasVault } from './crypto/passphrase-vault.js'
export type { UnlockedVault, VaultDocument, VaultOptions } from './crypto/passphrase-vault.js'
export { createMasterKeyring, parseMasterKeys, generateMasterKey } from './crypto/master-keyring.js'
export type { MasterKeyringOptions } from './crypto/master-keyring.js'
export { DEFAULT_KDF_COST } from './crypto/kdf.js'
export type { KdfCost, KdfParams, ScryptParams } from './crypto/kdf.js'
export type { SealingKeys } from './crypto/sealing-keys.js'
export type { SealedValue } from './crypto/sealed-value.js'
