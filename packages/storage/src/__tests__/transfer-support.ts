import { encodeBase32 } from '@a2f/core'
import { expect } from 'vitest'
import { createMemoryAdapter } from '../adapters/memory.js'
import type { CredentialStore } from '../model/credential-store.js'
import type { StorageAdapter, StoredCredential } from '../store/adapter.js'
import { createCredentialStore } from '../store/create-credential-store.js'
import { testKeyring } from '../test-support/fast-keys.js'
import { COURT_KEY, COURT_KEY_BYTES, COURT_PASSWORD, expectNoSecretIn } from './contract/store-contract.js'

/** Shared by the backup and transfer tests: stores, seeded credentials, and secret checks. */

/** A second key (SHA-256, 8 digits, 60 s) and password, so tests see more than one secret. */
export const OTHER_KEY_BYTES = new TextEncoder().encode('12345678901234567890123456789012')
export const OTHER_PASSWORD = 'outra-senha-Ç-2'
export const THIRD_KEY = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

/** Fixed clock for code comparisons: RFC 6238's test time 59 s would be too close to the epoch. */
export const AT = Date.UTC(2026, 4, 4, 12, 0, 7)

export async function newStore(actor = 'ana') {
  const adapter = createMemoryAdapter()
  // A clock that moves a second per call, so that records list in creation order (same-millisecond
  // creations would sort by random id).
  let time = Date.UTC(2026, 3, 1)
  const now = () => (time += 1000)
  const store = createCredentialStore({ adapter, keys: await testKeyring(), tenant: 'firm-a', actor, now })
  return { adapter, store }
}

/** Three credentials as lawyers keep them: validated with password and notes, a SHA-256 one, a bare one. */
export async function seed(store: CredentialStore) {
  const court = await store.create({
    systemId: 'trf4-eproc-1g',
    issuer: 'TRF4',
    account: 'RS012345',
    owner: 'Dra. Conceição Araújo',
    label: 'Escritório',
    secret: COURT_KEY,
    password: COURT_PASSWORD,
    status: 'validated',
    validatedAt: Date.UTC(2026, 0, 15),
    validatedBy: 'bruno',
    personalEmail: 'conceicao@gmail.com',
    notes: 'Chave entregue em 2026.\nSegunda linha.',
  })
  const sha256 = await store.create({
    issuer: 'TJRS',
    account: 'joao.silva',
    otp: { algorithm: 'SHA256', digits: 8, period: 60 },
    secret: OTHER_KEY_BYTES,
    password: OTHER_PASSWORD,
  })
  const bare = await store.create({ issuer: 'TJSC', account: '123.456.789-00', secret: THIRD_KEY })
  return { court, sha256, bare }
}

/** Codes of every credential at `AT`, keyed by issuer and account (ids differ across stores). */
export async function codesByName(store: CredentialStore): Promise<Record<string, string>> {
  const names = new Map((await store.list()).map((s) => [s.id, `${s.issuer}/${s.account}`]))
  const { codes } = await store.codes({ timestamp: AT })
  return Object.fromEntries(codes.map((c) => [names.get(c.id), `${c.code} ${c.nextCode}`]))
}

/** No key or password of `seed` in `text`, in any of the forms they take. */
export function expectNoSeedSecretIn(text: string): void {
  expectNoSecretIn(text)
  const other = encodeBase32(OTHER_KEY_BYTES)
  expect(text).not.toContain(other)
  expect(text).not.toContain(other.slice(0, 16))
  expect(text).not.toContain(OTHER_PASSWORD)
  expect(text).not.toContain(THIRD_KEY.slice(0, 16))
  expect(text).not.toContain(encodeBase32(COURT_KEY_BYTES).toLowerCase())
}

/** Changes a stored row behind the store's back (corruption, or an attacker with database access). */
export async function tamper(
  adapter: StorageAdapter,
  id: string,
  edit: (row: StoredCredential) => StoredCredential,
) {
  const row = (await adapter.get('firm-a', id)) as StoredCredential
  await adapter.replace('firm-a', edit(structuredClone(row)), row.version, {
    at: 0,
    action: 'update',
    credentialId: id,
  })
}
