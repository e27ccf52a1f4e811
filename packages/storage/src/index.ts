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
export { MAX_CREATE_MANY } from './model/create-many.js'
export type { CreateManyOptions, CreateManyReport } from './model/create-many.js'
export type * from './store/adapter.js'

// Stores
export { createCredentialStore } from './store/create-credential-store.js'
export type {
  CredentialStoreOptions,
  RotationReport,
  SealedCredentialStore,
} from './store/create-credential-store.js'
export { createMemoryAdapter } from './adapters/memory.js'
export { TEXT_LIMITS } from './store/text-rule.js'

// Keys
export { createVault, unlockVault, changePassphrase, hasVault } from './crypto/passphrase-vault.js'
export type { UnlockedVault, VaultDocument, VaultOptions } from './crypto/passphrase-vault.js'
export { createMasterKeyring, parseMasterKeys, generateMasterKey } from './crypto/master-keyring.js'
export type { MasterKeyringOptions } from './crypto/master-keyring.js'
export { MIN_PASSPHRASE_LENGTH, meetsPassphraseRule } from './crypto/passphrase-rule.js'
export { DEFAULT_KDF_COST } from './crypto/kdf.js'
// Bounds on what is read from outside (files, lists, the vault record): README "Limits"
export {
  MAX_KDF_MEMORY_BYTES,
  MAX_KDF_WORK,
  MIN_SALT_BYTES,
  MAX_SALT_BYTES,
  MAX_BACKUP_ENTRIES,
  MAX_BACKUP_LENGTH,
  MAX_AEGIS_ENTRIES,
  MAX_AEGIS_LENGTH,
  MAX_AEGIS_SLOTS,
  MAX_AEGIS_PASSWORD_SLOTS,
  MAX_OTPAUTH_IMPORT_URIS,
  MAX_OTPAUTH_IMPORT_LENGTH,
  MAX_MIGRATION_IMPORT_URIS,
  MAX_MIGRATION_IMPORT_ENTRIES,
  MAX_JSON_DEPTH,
  MAX_JSON_VALUES_PER_ENTRY,
} from './limits.js'
export type { InputLimit, LimitDetails } from './limits.js'
export type { KdfCost, KdfParams, ScryptParams } from './crypto/kdf.js'
export type { SealingKeys } from './crypto/sealing-keys.js'
export type { SealedValue } from './crypto/sealed-value.js'

// Backup and moving credentials in and out
export { exportBackup } from './backup/export-backup.js'
export type { BackupExport, ExportBackupOptions } from './backup/export-backup.js'
export { readBackup } from './backup/read-backup.js'
export { importBackup } from './backup/import-backup.js'
export type { ImportBackupOptions, OnExisting } from './backup/import-backup.js'
export type { BackupContent, BackupCredential, BackupFile, BackupHeader } from './backup/backup-format.js'
export { exportOtpauthUris } from './transfer/export-otpauth.js'
export { exportMigrationUris } from './transfer/export-migration.js'
export type { MigrationExportOptions } from './transfer/export-migration.js'
export type { ExportIssue, UriExport, UriExportOptions } from './transfer/export-result.js'
export { importOtpauthUris } from './transfer/import-otpauth.js'
export { importMigrationUris } from './transfer/import-migration.js'
export type { MigrationImportReport } from './transfer/import-migration.js'
export { importAegisVault } from './transfer/import-aegis.js'
export type { AegisImportOptions } from './transfer/import-aegis.js'
export type { ImportIssue, ImportIssueCode, ImportReport } from './transfer/import-report.js'
export type { ImportDefaults, TransferImportOptions } from './transfer/record-input.js'
