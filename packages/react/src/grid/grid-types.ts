/**
 * The vocabulary of the credential grid: which view, how rows are sorted and grouped, which row actions
 * exist. Hosts use these types to control the grid (`sort`, `groupBy`, `view`) and to filter its actions.
 *
 * @example
 * const [sort, setSort] = useState<GridSort>({ by: 'updated', direction: 'desc' })
 * <CredentialGrid sort={sort} onSortChange={setSort} actions={['copy', 'qr']} />
 */
import type { CredentialSummary } from '@a2f/storage'

/** 'credentials': the grid of credentials. 'compliance': mandatory courts × owners. */
export type GridView = 'credentials' | 'compliance'

/** Columns and keys rows can be sorted by. 'updated' has no column: it is chosen in the toolbar. */
export type GridSortKey = 'court' | 'login' | 'owner' | 'status' | 'updated'

export interface GridSort {
  by: GridSortKey
  direction: 'asc' | 'desc'
}

/** 'authenticator-group': one group per key a court accepts (TRF4 with JFRS, JFSC, JFPR). */
export type GridGroupBy = 'none' | 'authenticator-group' | 'owner'

/**
 * What a row can do:
 * - 'copy': copy the current code;
 * - 'qr': show the key as a QR code (revealed on the user's click);
 * - 'edit': owner, label, personal e-mail, notes;
 * - 'validate': mark a pending credential as confirmed at the court;
 * - 'remove': delete it, after a confirmation;
 * - 'rekey': the court issued a new key ("O tribunal gerou uma nova chave").
 */
export type GridAction = 'copy' | 'qr' | 'edit' | 'validate' | 'remove' | 'rekey'

/** Every action, in menu order. The default of `actions`. */
export const GRID_ACTIONS: readonly GridAction[] = ['copy', 'qr', 'edit', 'validate', 'remove', 'rekey']

/** Called for every row action the user starts (analytics, host handling), before the grid handles it. */
export type GridActionListener = (action: GridAction, credential: CredentialSummary) => void

/** Status filter of the toolbar. */
export type GridStatusFilter = 'all' | CredentialSummary['status']
