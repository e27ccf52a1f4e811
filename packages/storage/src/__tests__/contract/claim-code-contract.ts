/**
 * `claimCode` on every backend: a counter is handed out once per authenticator (per secret, per tenant),
 * whoever asks and however many ask at once, and the audit keeps the counter, never the code. Every
 * adapter's contract run includes these cases (see store-contract.ts).
 */
import { hotp } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import type { ClaimedCode, CredentialStore } from '../../model/credential-store.js'
import { useFreshBackend, type ContractBackend, type ContractSubject } from './subject.js'
import { COURT_KEY, COURT_KEY_BYTES, expectStorageError } from './store-contract.js'

const PERIOD_MS = 30_000
/** Another key (RFC 4226's test key reversed), for "different secrets do not share". */
const OTHER_KEY_BYTES = new TextEncoder().encode('09876543210987654321')

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const currentCounter = () => Math.floor(Date.now() / PERIOD_MS)

/** What every claim must be: the code of its counter, valid until its window ends. */
function expectWellFormed(claimed: ClaimedCode, secret: Uint8Array = COURT_KEY_BYTES): void {
  expect(claimed.code).toBe(hotp(secret, claimed.counter))
  expect(claimed.validUntil).toBe((claimed.counter + 1) * PERIOD_MS)
  expect(claimed.waitMs).toBeGreaterThanOrEqual(0)
}

export function claimCodeContract(subject: ContractSubject): void {
  describe(`${subject.name}: claimCode`, () => {
    let backend: ContractBackend
    let store: CredentialStore
    useFreshBackend(subject, (fresh, freshStore) => {
      backend = fresh
      store = freshStore
    })

    // The 4th Region: one authenticator, one record per system.
    const trf4 = (systemId = 'trf4-eproc-1g', secret: string | Uint8Array = COURT_KEY) =>
      store.create({ systemId, issuer: 'TRF4', account: 'RS012345', secret })

    it('hands out strictly increasing counters to sequential claims, each the code of its counter', async () => {
      const { id } = await trf4()
      const claims: ClaimedCode[] = []
      for (let index = 0; index < 5; index += 1) claims.push(await store.claimCode(id))
      for (const claimed of claims) expectWellFormed(claimed)
      for (let index = 1; index < claims.length; index += 1) {
        expect(claims[index]!.counter).toBeGreaterThan(claims[index - 1]!.counter)
      }
      // The first claim is the current window or, with under 5 s left in it, the next one.
      expect(claims[0]!.counter).toBeLessThanOrEqual(currentCounter() + 1)
    })

    it('gives 20 concurrent claims 20 distinct counters', async () => {
      const { id } = await trf4()
      const claims = await Promise.all(Array.from({ length: 20 }, () => store.claimCode(id)))
      for (const claimed of claims) expectWellFormed(claimed)
      expect(new Set(claims.map((claimed) => claimed.counter)).size).toBe(20)
    })

    it('shares one sequence between credentials with the same secret, across stores of the tenant', async () => {
      const jfrs = await trf4('jfrs-eproc')
      const jfsc = await trf4('jfsc-eproc')
      const other = await backend.store('firm-a', 'bruno')
      const first = await store.claimCode(jfrs.id)
      const second = await other.claimCode(jfsc.id)
      expect(second.counter).toBeGreaterThan(first.counter)
      const mixed = await Promise.all(
        Array.from({ length: 16 }, (_, index) =>
          (index % 2 === 0 ? store : other).claimCode(index % 4 < 2 ? jfrs.id : jfsc.id),
        ),
      )
      const counters = [first, second, ...mixed].map((claimed) => claimed.counter)
      expect(new Set(counters).size).toBe(counters.length)
      for (const claimed of mixed) expect(claimed.counter).toBeGreaterThan(second.counter)
    })

    it('keeps separate sequences for different secrets and for other tenants', async () => {
      const { id } = await trf4()
      const claims: ClaimedCode[] = []
      for (let index = 0; index < 5; index += 1) claims.push(await store.claimCode(id))
      const last = claims.at(-1)!
      // A fresh authenticator starts at the current window (or the next), well below the fifth claim.
      const another = await trf4('tjrs-eproc-1g', OTHER_KEY_BYTES)
      const fresh = await store.claimCode(another.id)
      expectWellFormed(fresh, OTHER_KEY_BYTES)
      expect(fresh.counter).toBeLessThan(last.counter)
      const firmB = await backend.store('firm-b', 'carla')
      const sameKeyElsewhere = await firmB.create({ issuer: 'TRF4', account: 'SC999', secret: COURT_KEY })
      const elsewhere = await firmB.claimCode(sameKeyElsewhere.id)
      expectWellFormed(elsewhere)
      expect(elsewhere.counter).toBeLessThan(last.counter)
    })

    it('never hands out again a counter of a removed credential whose key comes back', async () => {
      const first = await trf4()
      const before = await store.claimCode(first.id)
      await store.remove(first.id)
      const again = await trf4()
      expect((await store.claimCode(again.id)).counter).toBeGreaterThan(before.counter)
    })

    it('makes the caller wait for a future window, and when too little of this one is left', async () => {
      const { id } = await trf4()
      // Well inside a window: 5 s to 28.5 s left, so the call below cannot cross into the next one.
      while (PERIOD_MS - (Date.now() % PERIOD_MS) > 28_500 || PERIOD_MS - (Date.now() % PERIOD_MS) < 5_000) {
        await sleep(100)
      }
      const current = currentCounter()
      const late = await store.claimCode(id, { minRemainingMs: 29_000 })
      expect(late.counter).toBe(current + 1)
      expect(late.waitMs).toBeGreaterThan(0)
      expect(late.waitMs).toBeLessThanOrEqual(28_500)
      // The next claim gets the window after: waiting for it is longer still.
      const future = await store.claimCode(id, { minRemainingMs: 0 })
      expect(future.counter).toBe(current + 2)
      expect(future.waitMs).toBeGreaterThan(late.waitMs)
      expect(future.waitMs).toBeLessThanOrEqual(PERIOD_MS + 28_500)
    })

    it('audits each claim with its counter and without the code', async () => {
      const { id } = await trf4()
      const claimed = await store.claimCode(id)
      const entries = await store.history({ credentialId: id })
      expect(entries.map((entry) => entry.action)).toEqual(['create', 'claim-code'])
      const entry = entries[1]!
      expect(entry).toMatchObject({ action: 'claim-code', credentialId: id, actor: 'ana' })
      expect(entry.counter).toBe(claimed.counter)
      expect(Object.keys(entry).sort()).toEqual(['action', 'actor', 'at', 'counter', 'credentialId'])
      expect(Object.values(entry)).not.toContain(claimed.code)
    })

    it('answers NOT_FOUND for an unknown id and INVALID_INPUT for an impossible minRemainingMs', async () => {
      const { id } = await trf4()
      backend.takeHttpStatuses?.()
      await expectStorageError(store.claimCode('no-such-id'), 'NOT_FOUND')
      await expectStorageError(store.claimCode(''), 'NOT_FOUND')
      if (backend.takeHttpStatuses !== undefined) expect(backend.takeHttpStatuses()).toEqual([404])
      for (const minRemainingMs of [-1, Number.NaN, Number.POSITIVE_INFINITY, PERIOD_MS, '5000']) {
        const error = await expectStorageError(
          store.claimCode(id, { minRemainingMs } as { minRemainingMs: number }),
          'INVALID_INPUT',
        )
        expect(error.details.field).toBe('minRemainingMs')
      }
      await expectStorageError(store.claimCode(id, 'soon' as never), 'INVALID_INPUT')
      if (backend.takeHttpStatuses !== undefined) expect(backend.takeHttpStatuses()).toEqual([422])
      // Nothing was claimed by the refused calls.
      expect((await store.history({ credentialId: id })).map((entry) => entry.action)).toEqual(['create'])
    })
  })
}
