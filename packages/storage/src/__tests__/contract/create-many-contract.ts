/**
 * `createMany` on every backend: a batch goes in whole, in input order, with an audit entry and a change
 * event per credential; a bad entry or a taken id writes nothing by default and the report names the
 * entry (never its key); `onInvalid: 'skip'` and `onExisting: 'skip'` write the rest. Every adapter's
 * contract run includes these cases (see store-contract.ts).
 */
import { totp } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import { MAX_CREATE_MANY } from '../../model/create-many.js'
import type { CredentialInput } from '../../model/credential.js'
import type { CredentialStore, StoreEvent } from '../../model/credential-store.js'
import type { ChangeEvent } from '../../store/adapter.js'
import { useFreshBackend, type ContractBackend, type ContractSubject } from './subject.js'
import {
  COURT_KEY,
  COURT_KEY_BYTES,
  COURT_PASSWORD,
  expectNoSecretIn,
  expectStorageError,
} from './store-contract.js'

/** A firm's logins: one per lawyer, TRF4 and TJRS alternating. */
function firm(count: number, prefix = 'oab'): CredentialInput[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index}`,
    systemId: index % 2 === 0 ? 'trf4-eproc-1g' : 'tjrs-eproc-1g',
    issuer: index % 2 === 0 ? 'TRF4' : 'TJRS',
    account: `RS${String(10_000 + index)}`,
    owner: `Advogada ${index}`,
    secret: COURT_KEY,
    password: COURT_PASSWORD,
  }))
}

export function createManyContract(subject: ContractSubject): void {
  describe(`${subject.name}: createMany`, () => {
    let backend: ContractBackend
    let store: CredentialStore
    useFreshBackend(subject, (fresh, freshStore) => {
      backend = fresh
      store = freshStore
    })

    it('creates a batch in input order, each with its audit entry and change event', async () => {
      const events: StoreEvent[] = []
      const unsubscribe = store.subscribe((event) => events.push(event))
      try {
        const inputs = firm(1_200)
        const report = await store.createMany(inputs)
        expect(report.failed).toEqual([])
        expect(report.skipped).toEqual([])
        expect(report.created.map((credential) => credential.id)).toEqual(inputs.map((input) => input.id))
        expect(report.created[0]).toMatchObject({
          issuer: 'TRF4',
          account: 'RS10000',
          version: 1,
          hasPassword: true,
        })
        const listed = await store.list()
        expect(listed.map((credential) => credential.id).sort()).toEqual(
          inputs.map((input) => input.id!).sort(),
        )
        // Every key was sealed for its own record: each opens and gives the court's code.
        const timestamp = 1_767_225_600_000
        const { codes, unreadable } = await store.codes({ timestamp })
        expect(unreadable).toEqual([])
        expect(codes).toHaveLength(1_200)
        for (const code of codes) expect(code.code).toBe(totp(COURT_KEY_BYTES, { timestamp }))
        expect((await store.get('oab-1199')).password).toBe(COURT_PASSWORD)
        const history = await store.history()
        expect(history.filter((entry) => entry.action === 'create')).toHaveLength(1_200)
        expect(history.find((entry) => entry.credentialId === 'oab-7')).toMatchObject({
          action: 'create',
          actor: 'ana',
        })
        await waitFor(() => events.length >= 1_200)
        const created = events.filter((event): event is ChangeEvent => event.type === 'created')
        expect(new Set(created.map((event) => event.id)).size).toBe(1_200)
      } finally {
        unsubscribe()
      }
    })

    it('keeps a batch in the audit trail among the writes around it, newest last', async () => {
      const [a, b, c, d, e] = firm(5)
      await store.create(a!)
      await store.createMany([b!, c!, d!])
      await store.update(c!.id!, { notes: 'nova' }, { expectedVersion: 1 })
      await store.remove(b!.id!, { expectedVersion: 1 })
      await store.create(e!)
      const step = (entry: { action: string; credentialId: string }) =>
        `${entry.action} ${entry.credentialId}`
      expect((await store.history()).map(step)).toEqual([
        'create oab-0',
        'create oab-1',
        'create oab-2',
        'create oab-3',
        'update oab-2',
        'remove oab-1',
        'create oab-4',
      ])
      expect((await store.history({ limit: 4 })).map(step)).toEqual([
        'create oab-3',
        'update oab-2',
        'remove oab-1',
        'create oab-4',
      ])
      expect((await store.history({ limit: 6 })).map(step).slice(0, 2)).toEqual([
        'create oab-1',
        'create oab-2',
      ])
      expect((await store.history({ credentialId: 'oab-2' })).map(step)).toEqual([
        'create oab-2',
        'update oab-2',
      ])
      expect((await store.history({ credentialId: 'oab-2', limit: 1 })).map(step)).toEqual(['update oab-2'])
      expect((await store.history({ credentialId: 'oab-1', limit: 5 })).map(step)).toEqual([
        'create oab-1',
        'remove oab-1',
      ])
      expect((await store.history({ credentialId: 'oab-3' }))[0]).toMatchObject({ actor: 'ana' })
    })

    it('writes nothing when one entry is bad, and names every bad entry without its key', async () => {
      const inputs = firm(6)
      inputs[2] = { ...inputs[2]!, secret: 'GEZD GNBV' } // too short
      inputs[4] = { ...inputs[4]!, issuer: '' }
      const report = await store.createMany(inputs)
      expect(report.created).toEqual([])
      expect(report.failed.map((found) => [found.index, found.code, found.field])).toEqual([
        [2, 'SECRET_TOO_SHORT', undefined],
        [4, 'INVALID_INPUT', 'issuer'],
      ])
      expect(report.failed[0]).toMatchObject({ issuer: 'TRF4', account: 'RS10002' })
      expectNoSecretIn(JSON.stringify(report))
      expect(await store.list()).toEqual([])
      expect(await store.history()).toEqual([])
    })

    it('refuses an id given twice in one batch', async () => {
      const inputs = [...firm(3), { ...firm(1)[0]!, account: 'RS99999' }]
      const report = await store.createMany(inputs)
      expect(report.created).toEqual([])
      expect(report.failed).toMatchObject([{ index: 3, code: 'INVALID_INPUT', field: 'id' }])
      expect(await store.list()).toEqual([])
    })

    it('rolls the whole batch back when an id is taken, or skips it when asked', async () => {
      await store.create(firm(1)[0]!)
      const other = await backend.store('firm-b', 'bruno')
      await other.create(firm(5)[4]!) // another tenant's id is no conflict
      const inputs = firm(5)
      const refused = await store.createMany(inputs)
      expect(refused.created).toEqual([])
      expect(refused.failed).toMatchObject([{ index: 0, code: 'ALREADY_EXISTS' }])
      expect((await store.list()).map((credential) => credential.id)).toEqual(['oab-0'])

      const skipping = await store.createMany(inputs, { onExisting: 'skip' })
      expect(skipping.created.map((credential) => credential.id)).toEqual([
        'oab-1',
        'oab-2',
        'oab-3',
        'oab-4',
      ])
      expect(skipping.skipped).toMatchObject([{ index: 0, code: 'ALREADY_EXISTS', account: 'RS10000' }])
      expect(skipping.failed).toEqual([])
      // The stored one is left as it was: version 1, one 'create' entry.
      expect((await store.getSummary('oab-0')).version).toBe(1)
      const again = await store.createMany(inputs, { onExisting: 'skip' })
      expect(again.created).toEqual([])
      expect(again.skipped).toHaveLength(5)
      expect((await store.history()).filter((entry) => entry.credentialId === 'oab-0')).toHaveLength(1)
    })

    it("writes the valid entries with onInvalid: 'skip'", async () => {
      const inputs = firm(4)
      inputs[1] = { ...inputs[1]!, secret: 'not base32 !' }
      await store.create(firm(4)[3]!)
      const report = await store.createMany(inputs, { onInvalid: 'skip' })
      expect(report.created.map((credential) => credential.id)).toEqual(['oab-0', 'oab-2'])
      expect(report.failed.map((found) => [found.index, found.code])).toEqual([
        [1, 'SECRET_INVALID_CHARACTER'],
        [3, 'ALREADY_EXISTS'],
      ])
      expectNoSecretIn(JSON.stringify(report))
    })

    it('refuses more than MAX_CREATE_MANY entries, and options it does not know, before writing', async () => {
      const tooMany = Array.from({ length: MAX_CREATE_MANY + 1 }, () => firm(1)[0]!)
      const error = await expectStorageError(store.createMany(tooMany), 'INVALID_INPUT')
      expect(error.details.field).toBe('inputs')
      await expectStorageError(store.createMany(firm(1), { onExisting: 'replace' as never }), 'INVALID_INPUT')
      await expectStorageError(store.createMany(firm(1), { onInvalid: 'ignore' as never }), 'INVALID_INPUT')
      await expectStorageError(store.createMany('oab-1' as never), 'INVALID_INPUT')
      expect(await store.list()).toEqual([])
      expect(await store.createMany([])).toEqual({ created: [], skipped: [], failed: [] })
    })
  })
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
