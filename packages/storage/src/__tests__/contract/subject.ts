import type { CredentialStore } from '../../model/credential-store.js'
import { afterEach, beforeEach } from 'vitest'
import type { StoredCredential } from '../../store/adapter.js'

/**
 * What the contract suite needs from a backend under test. `setup` runs before each test and gives
 * a fresh, empty backend; stores for several tenants (and actors) share it, as they would in production.
 */
export interface ContractSubject {
  name: string
  setup(): Promise<ContractBackend>
  /**
   * False for a backend without a change log (IndexedDB: events travel between tabs by
   * BroadcastChannel, unnumbered): the change-log cases are not registered for it.
   */
  changeLog?: boolean
}

export interface ContractBackend {
  /** A store scoped to `tenant`, acting as `actor`. */
  store(tenant: string, actor?: string): CredentialStore | Promise<CredentialStore>
  /**
   * Changes a stored row behind the store's back, as disk corruption or an attacker with database
   * access would. `edit` gets the stored row (a copy) and returns what to store instead.
   */
  tamper(tenant: string, id: string, edit: (row: StoredCredential) => unknown): Promise<void>
  /**
   * HTTP subjects only: the statuses the handler answered since the last call, oldest first (event
   * streams left out), so the contract can check the wire as well as the typed error.
   */
  takeHttpStatuses?(): number[]
  /** Closes connections and servers. */
  cleanup(): Promise<void>
}

/**
 * Gives each test of the enclosing describe block a fresh backend and firm-a's store (acting as 'ana'),
 * handed to `use`, and cleans the backend up after it.
 */
export function useFreshBackend(
  subject: ContractSubject,
  use: (backend: ContractBackend, store: CredentialStore) => void,
): void {
  let backend: ContractBackend | undefined
  beforeEach(async () => {
    backend = await subject.setup()
    use(backend, await backend.store('firm-a', 'ana'))
  })
  afterEach(async () => {
    await backend?.cleanup()
  })
}
