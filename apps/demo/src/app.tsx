/**
 * "Gestão de autenticadores", the a2f sample app: a vault gate, then the credential grid with the
 * enrolment wizard, the personal authenticators, the court browser and the settings — all on a sealed
 * IndexedDB store in this browser, with the local sandbox court in the registry.
 *
 * `adapter` and `kdf` are for tests (fake IndexedDB, cheap key derivation); the app uses the defaults.
 *
 * @example
 * createRoot(element).render(<App />)
 */
import { createClock } from '@a2f/core'
import type { KdfCost, StorageAdapter } from '@a2f/storage'
import { createIndexedDbAdapter } from '@a2f/storage/indexeddb'
import { useMemo, useState } from 'react'
import { Workspace } from './shell/workspace.js'
import { VaultGate } from './vault/vault-gate.js'
import { openSession, type VaultSession } from './vault/vault-session.js'
import type { VaultSessionValue } from './vault/vault-session-context.js'

export interface AppProps {
  /** Where the sealed credentials live. Default: IndexedDB, database 'a2f'. */
  adapter?: StorageAdapter
  /** scrypt costs for a new vault, a new passphrase and backups. Default: the storage's (N = 2^17). */
  kdf?: Partial<KdfCost>
}

export function App(props: AppProps) {
  const [adapter] = useState(() => props.adapter ?? createIndexedDbAdapter())
  // One clock for the page; the settings may correct it after checking a server's time. It outlives
  // lock and unlock, so a correction stays applied.
  const [clock] = useState(() => createClock())
  const [session, setSession] = useState<VaultSession | null>(null)
  const [lockedOnce, setLockedOnce] = useState(false)

  const value = useMemo<VaultSessionValue | null>(
    () =>
      session && {
        ...session,
        lockAndLeave: () => {
          session.lock()
          setSession(null)
          setLockedOnce(true)
        },
      },
    [session],
  )

  if (!value) {
    return (
      <VaultGate
        adapter={adapter}
        kdf={props.kdf}
        {...(lockedOnce ? { notice: 'locked' as const } : {})}
        onOpen={(keys) => setSession(openSession(adapter, keys, props.kdf))}
      />
    )
  }
  return <Workspace session={value} clock={clock} />
}
