'use client'
/**
 * The host's own client file: the one thing a Server Component cannot hand to `A2FProvider` is the
 * store (an object with methods), so it is created here, in the browser: a memory store sealed with a
 * fixed example key (real AES-256-GCM; only the key is not secret), holding one credential whose id the
 * page knows. Everything else, widgets included, is imported by the Server Component page itself.
 *
 * @example
 * <ExampleProvider><CodeCountdown credentialId={EXAMPLE_CREDENTIAL_ID} /></ExampleProvider>
 */
import { A2FProvider } from '@a2f/react'
import {
  createCredentialStore,
  createMasterKeyring,
  createMemoryAdapter,
  type CredentialStore,
} from '@a2f/storage'
import { useEffect, useState, type ReactNode } from 'react'
import { EXAMPLE_CREDENTIAL_ID } from './example-credential'

async function createExampleStore(): Promise<CredentialStore> {
  const keys = await createMasterKeyring({
    keys: { 'exemplo-2026': new Uint8Array(32).fill(7) },
    current: 'exemplo-2026',
  })
  const store = createCredentialStore({ adapter: createMemoryAdapter(), keys, actor: 'exemplo' })
  await store.create({
    id: EXAMPLE_CREDENTIAL_ID,
    systemId: 'trf4-eproc',
    issuer: 'TRF4',
    account: 'RS054321',
    // The key of seed 001's example, as eproc shows it: public, for the example only.
    secret: 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW',
    status: 'validated',
  })
  return store
}

export function ExampleProvider({ children }: { children: ReactNode }) {
  // Created by the effect that owns it (StrictMode mounts twice in development: each mount its own).
  const [store, setStore] = useState<CredentialStore | null>(null)
  useEffect(() => {
    let live = true
    void createExampleStore().then((created) => {
      if (live) setStore(created)
    })
    return () => {
      live = false
    }
  }, [])
  if (store === null) return <p role="status">Abrindo o cofre de exemplo…</p>
  return <A2FProvider store={store}>{children}</A2FProvider>
}
