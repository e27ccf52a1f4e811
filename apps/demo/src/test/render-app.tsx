/**
 * The whole app on a fresh fake IndexedDB, with cheap scrypt parameters (N = 2^10: the storage's floor,
 * for speed; the app uses the storage's default). Helpers create a vault holding credentials beforehand,
 * and type passphrases the way a user does.
 *
 * @example
 * const { adapter, user } = renderApp()
 * await createVaultWith(adapter, [TRF4])
 */
import {
  createCredentialStore,
  createVault,
  type CredentialInput,
  type KdfCost,
  type StorageAdapter,
} from '@a2f/storage'
import { createIndexedDbAdapter } from '@a2f/storage/indexeddb'
import { render, screen } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { IDBFactory } from 'fake-indexeddb'
import { App } from '../app.js'

export const TEST_KDF: Partial<KdfCost> = { N: 2 ** 10 }
export const PASSPHRASE = 'cofre-de-teste-2026'

/** The sample key of an eproc enrolment screen (seed 003). */
export const TRF4: CredentialInput = {
  id: 'trf4-rs054321',
  systemId: 'trf4-eproc',
  issuer: 'TRF4',
  account: 'RS054321',
  owner: 'Ana Beatriz Souza',
  secret: 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW',
  status: 'validated',
  personalEmail: 'ana.souza@gmail.com',
}

export function newAdapter(): StorageAdapter {
  return createIndexedDbAdapter({ indexedDB: new IDBFactory(), broadcast: false })
}

export interface RenderedApp {
  adapter: StorageAdapter
  user: UserEvent
  unmount: () => void
}

export function renderApp(adapter: StorageAdapter = newAdapter()): RenderedApp {
  const user = userEvent.setup()
  const { unmount } = render(<App adapter={adapter} kdf={TEST_KDF} />)
  return { adapter, user, unmount }
}

/** A vault (passphrase `PASSPHRASE`) already holding `credentials`, as a previous run left it. */
export async function createVaultWith(adapter: StorageAdapter, credentials: CredentialInput[]) {
  const keys = await createVault(adapter, { passphrase: PASSPHRASE, kdf: TEST_KDF })
  const store = createCredentialStore({ adapter, keys, actor: 'teste' })
  for (const credential of credentials) await store.create(credential)
  keys.lock()
}

/** Types the passphrase in the gate's field and submits. */
export async function unlock(user: UserEvent, passphrase = PASSPHRASE) {
  await user.type(await screen.findByLabelText('Senha do cofre'), passphrase)
  await user.click(screen.getByRole('button', { name: 'Desbloquear' }))
}
