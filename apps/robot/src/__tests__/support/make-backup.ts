/**
 * An @a2f/storage backup file as the demo exports it, made from a memory store with cheap scrypt costs
 * (the format is the same; only the derivation is faster).
 */
import {
  createCredentialStore,
  createMemoryAdapter,
  createVault,
  exportBackup,
  type CredentialInput,
} from '@a2f/storage'

export const FAST_KDF = { N: 2 ** 10, r: 8, p: 1 }
export const BACKUP_PASSPHRASE = 'cópia-de-segurança-2026'

export async function makeBackup(
  credentials: CredentialInput[],
  passphrase = BACKUP_PASSPHRASE,
): Promise<string> {
  const adapter = createMemoryAdapter()
  const keys = await createVault(adapter, { passphrase: 'cofre-do-escritório', kdf: FAST_KDF })
  const store = createCredentialStore({ adapter, keys, actor: 'ana' })
  for (const credential of credentials) await store.create(credential)
  const { text } = await exportBackup(store, { passphrase, kdf: FAST_KDF })
  return text
}
