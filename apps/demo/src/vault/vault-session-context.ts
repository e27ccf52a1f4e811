/**
 * The open vault for the pages that need more than the store: settings (lock, change the passphrase,
 * backups). Widgets get the store from <A2FProvider> as usual.
 *
 * @example
 * const { store, lock } = useVaultSession()
 */
import { createContext, useContext } from 'react'
import type { VaultSession } from './vault-session.js'

export interface VaultSessionValue extends VaultSession {
  /** Locks the vault and returns to the passphrase screen. */
  lockAndLeave(): void
}

export const VaultSessionContext = createContext<VaultSessionValue | null>(null)

export function useVaultSession(): VaultSessionValue {
  const value = useContext(VaultSessionContext)
  if (!value) throw new Error('useVaultSession: render inside <VaultSessionContext.Provider>.')
  return value
}
