import type { ImportIssue } from '../transfer/import-report.js'
import type { CredentialSummary } from './credential.js'

/**
 * What `store.createMany` takes and returns: a firm's credentials moved in as one write (a migration from
 * another system, an import, a restore) instead of one write per credential.
 */

/** Inputs one `createMany` call accepts: a 10,000-credential firm in one batch. Split larger moves. */
export const MAX_CREATE_MANY = 10_000

export interface CreateManyOptions {
  /**
   * An input whose id is stored already:
   * - 'fail' (default): reported in `failed` (ALREADY_EXISTS), so with `onInvalid: 'abort'` nothing is
   *   written;
   * - 'skip': left as stored, reported in `skipped` (ALREADY_EXISTS); the batch goes on. Running the same
   *   migration twice writes nothing the second time.
   */
  onExisting?: 'fail' | 'skip'
  /**
   * An input the store refuses (a missing issuer, a short key, an id given twice in the batch…):
   * - 'abort' (default): nothing is written, and `failed` names every such entry: fix them and run the
   *   batch again;
   * - 'skip': the valid entries are written, the others reported in `failed` (what imports do).
   */
  onInvalid?: 'abort' | 'skip'
}

/**
 * The outcome, entry by entry. `index` in each issue is the input's position (0-based); issues hold
 * names, codes and reasons, never a key or a password. When `failed` is not empty and `onInvalid` was
 * 'abort', `created` is empty: nothing was written.
 */
export interface CreateManyReport {
  /** The credentials written, in input order. */
  created: CredentialSummary[]
  /** Inputs left out on purpose: ids stored already, with `onExisting: 'skip'`. */
  skipped: ImportIssue[]
  /** Inputs refused: invalid, or ids stored already with `onExisting: 'fail'`. */
  failed: ImportIssue[]
}
