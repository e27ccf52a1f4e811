/**
 * Google Authenticator exports (`otpauth-migration://offline?data=…`): read one QR code
 * (`readMigrationUri`, or strictly `parseMigrationUri`), put several together
 * (`combineMigrationBatches`), and write them (`buildMigrationUris`).
 *
 * @example
 * import { readMigrationUri, combineMigrationBatches } from './migration/index.js'
 * const result = combineMigrationBatches(scannedTexts.map(readMigrationUri))
 * if (!result.complete) result.batches[0]?.missing   // e.g. [1]: "QR code 2 of 3 is missing"
 */
export {
  buildMigrationUris,
  combineMigrationBatches,
  parseMigrationUri,
  readMigrationUri,
} from './migration-uri.js'
export type {
  BuildMigrationUrisOptions,
  MigrationBatch,
  MigrationBatchInfo,
  MigrationBatchProgress,
  MigrationImport,
  MigrationImportSkippedEntry,
  MigrationSkippedEntry,
} from './migration-uri.js'
