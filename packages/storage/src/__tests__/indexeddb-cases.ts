import { afterEach, describe, expect, it, vi } from 'vitest'
import { createIndexedDbAdapter, type IndexedDbAdapterOptions } from '../indexeddb.js'
import { channelName } from '../adapters/indexeddb/broadcast.js'
import { BlockedError, openDatabase } from '../adapters/indexeddb/open.js'
import { SCHEMA_VERSION } from '../adapters/indexeddb/schema.js'
import { changePassphrase, createVault, unlockVault } from '../crypto/passphrase-vault.js'
import { isStorageError } from '../errors.js'
import { createCredentialStore } from '../store/create-credential-store.js'
import type { AuditEntry, ChangeEvent, StorageAdapter, StoredCredential } from '../store/adapter.js'
import { FAST_KDF, testKeyring } from '../test-support/fast-keys.js'
import {
  COURT_KEY,
  COURT_KEY_BYTES,
  COURT_PASSWORD,
  expectNoSecretIn,
  expectStorageError,
} from './contract/store-contract.js'
import { deleteDatabase, rawRecords, settle, waitFor, type TestDatabase } from './indexeddb-support.js'

/**
 * What the contract suite cannot see: several adapters on one database (tabs), atomicity, persistence,
 * and the database's lifecycle. Run on fake-indexeddb in Node and on Chromium's IndexedDB.
 */
export function indexedDbAdapterCases(label: string, database: () => TestDatabase): void {
  describe(`${label}: IndexedDB adapter`, () => {
    let databases: TestDatabase[] = []
    let adapters: StorageAdapter[] = []

    /** A fresh database for the test, deleted after it. */
    const newDatabase = () => {
      const db = database()
      databases.push(db)
      return db
    }
    /** An adapter on `db`: a tab. Closed after the test. */
    const tab = (db: TestDatabase, options: Omit<IndexedDbAdapterOptions, 'indexedDB' | 'name'> = {}) => {
      const adapter = createIndexedDbAdapter({ indexedDB: db.factory, name: db.name, ...options })
      adapters.push(adapter)
      return adapter
    }
    const storeOn = async (adapter: StorageAdapter, tenant = 'firm-a') =>
      createCredentialStore({ adapter, keys: await testKeyring(), tenant, actor: 'ana' })
    const courtCredential = {
      issuer: 'TRF4',
      account: 'RS012345',
      secret: COURT_KEY,
      password: COURT_PASSWORD,
    }
    const record = (events: ChangeEvent[]) => (event: ChangeEvent) => events.push(event)

    afterEach(async () => {
      for (const adapter of adapters) await adapter.close?.()
      for (const db of databases) await deleteDatabase(db)
      adapters = []
      databases = []
      vi.unstubAllGlobals()
    })

    describe('change events across tabs', () => {
      it('tells this tab right after the commit, and the other tab with remote: true', async () => {
        const db = newDatabase()
        const [tabA, tabB] = [tab(db), tab(db)]
        const seenA: ChangeEvent[] = []
        const seenB: ChangeEvent[] = []
        tabA.subscribe!('firm-a', record(seenA))
        tabB.subscribe!('firm-a', record(seenB))
        const storeA = await storeOn(tabA)

        const created = await storeA.create(courtCredential)
        expect(seenA).toEqual([{ type: 'created', id: created.id, version: 1, seq: 1 }])
        await storeA.update(created.id, { notes: 'n' }, { expectedVersion: 1 })
        await storeA.remove(created.id, { expectedVersion: 2 })

        await waitFor(() => seenB.length === 3, 'the other tab to hear three changes')
        expect(seenB).toEqual([
          { type: 'created', id: created.id, version: 1, seq: 1, remote: true },
          { type: 'updated', id: created.id, version: 2, seq: 2, remote: true },
          { type: 'removed', id: created.id, version: 2, seq: 3, remote: true },
        ])
        expect(seenA.map((event) => event.remote)).toEqual([undefined, undefined, undefined])
      })

      it('lets the other tab read what it was told about', async () => {
        const db = newDatabase()
        const [tabA, tabB] = [tab(db), tab(db)]
        const storeB = await storeOn(tabB)
        const summaries: unknown[] = []
        tabB.subscribe!('firm-a', (event) => {
          void storeB.getSummary(event.id).then((summary) => summaries.push(summary))
        })
        const created = await (await storeOn(tabA)).create(courtCredential)
        await waitFor(() => summaries.length === 1, 'the other tab to read the new row')
        expect(summaries).toEqual([created])
      })

      it('only tells subscribers of the tenant that changed', async () => {
        const db = newDatabase()
        const [tabA, tabB] = [tab(db), tab(db)]
        const firmA: ChangeEvent[] = []
        const firmB: ChangeEvent[] = []
        tabB.subscribe!('firm-a', record(firmA))
        tabB.subscribe!('firm-b', record(firmB))

        const inA = await (await storeOn(tabA, 'firm-a')).create(courtCredential)
        await waitFor(() => firmA.length === 1, 'the firm-a change')
        const inB = await (await storeOn(tabA, 'firm-b')).create(courtCredential)
        await waitFor(() => firmB.length === 1, 'the firm-b change')
        await settle()
        // Each tenant numbers its own changes.
        expect(firmA).toEqual([{ type: 'created', id: inA.id, version: 1, seq: 1, remote: true }])
        expect(firmB).toEqual([{ type: 'created', id: inB.id, version: 1, seq: 1, remote: true }])
      })

      it('stops telling a listener once it unsubscribes', async () => {
        const db = newDatabase()
        const [tabA, tabB] = [tab(db), tab(db)]
        const kept: ChangeEvent[] = []
        const dropped: ChangeEvent[] = []
        tabB.subscribe!('firm-a', record(kept))
        const unsubscribe = tabB.subscribe!('firm-a', record(dropped))
        const storeA = await storeOn(tabA)
        await storeA.create(courtCredential)
        await waitFor(() => dropped.length === 1, 'the first change')
        unsubscribe()
        await storeA.create(courtCredential)
        await waitFor(() => kept.length === 2, 'the second change')
        expect(dropped).toHaveLength(1)
      })

      it('neither sends nor hears with broadcast: false', async () => {
        const db = newDatabase()
        const [tabA, quiet, tabB] = [tab(db), tab(db, { broadcast: false }), tab(db)]
        const heardByQuiet: ChangeEvent[] = []
        const heardByB: ChangeEvent[] = []
        quiet.subscribe!('firm-a', record(heardByQuiet))
        tabB.subscribe!('firm-a', record(heardByB))

        const fromQuiet = await (await storeOn(quiet)).create(courtCredential)
        const fromA = await (await storeOn(tabA)).create(courtCredential)
        await waitFor(() => heardByB.length >= 1, 'the change from the broadcasting tab')
        await settle()
        // The log is shared: the quiet tab's write took number 1.
        expect(heardByB).toEqual([{ type: 'created', id: fromA.id, version: 1, seq: 2, remote: true }])
        // The quiet tab hears its own writes only.
        expect(heardByQuiet).toEqual([{ type: 'created', id: fromQuiet.id, version: 1, seq: 1 }])
      })

      it('tells the other tabs a batch in one message, its changes in order', async () => {
        const db = newDatabase()
        const [tabA, tabB] = [tab(db), tab(db)]
        const heard: ChangeEvent[] = []
        tabB.subscribe!('firm-a', record(heard))
        const messages: unknown[] = []
        const listener = new BroadcastChannel(channelName(db.name))
        listener.onmessage = (event) => messages.push(event.data)
        try {
          const inputs = Array.from({ length: 300 }, (_, index) => ({
            ...courtCredential,
            account: `RS${index}`,
          }))
          const { created } = await (await storeOn(tabA)).createMany(inputs)
          await waitFor(() => heard.length >= 300, 'the batch in the other tab')
          await settle()
          expect(messages).toHaveLength(1)
          expect(heard.map((event) => event.id)).toEqual(created.map((credential) => credential.id))
          expect(heard.map((event) => event.seq)).toEqual(created.map((_, index) => index + 1))
        } finally {
          listener.close()
        }
      })

      it('ignores messages on the channel that are not change events', async () => {
        const db = newDatabase()
        const heard: ChangeEvent[] = []
        tab(db).subscribe!('firm-a', record(heard))
        const intruder = new BroadcastChannel(channelName(db.name))
        try {
          intruder.postMessage({ tenant: 'firm-a', type: 'dropped', id: 'x', version: 1 })
          intruder.postMessage({ tenant: 'firm-a', type: 'created', id: 7, version: 1 })
          intruder.postMessage('hello')
          // A batch with one bad change, and one longer than any write makes, are ignored whole.
          const good = { type: 'created', id: 'ok', version: 1, seq: 1 }
          intruder.postMessage({ tenant: 'firm-a', changes: [good, { type: 'created', id: 7, version: 1 }] })
          intruder.postMessage({ tenant: 'firm-a', changes: Array.from({ length: 10_001 }, () => good) })
          intruder.postMessage({ tenant: 'firm-a', changes: 'many' })
          intruder.postMessage({ tenant: 'firm-a', type: 'updated', id: 'real', version: 3, extra: 'x' })
          intruder.postMessage({ tenant: 'firm-a', changes: [good, { ...good, id: 'ok2', seq: 2 }] })
          await waitFor(() => heard.length >= 3, 'the well-formed messages')
          await settle()
          expect(heard).toEqual([
            { type: 'updated', id: 'real', version: 3, remote: true },
            { type: 'created', id: 'ok', version: 1, seq: 1, remote: true },
            { type: 'created', id: 'ok2', version: 1, seq: 2, remote: true },
          ])
        } finally {
          intruder.close()
        }
      })

      it('reports a throwing subscriber without failing the write or skipping the others', async () => {
        const reported: unknown[] = []
        vi.stubGlobal('reportError', (error: unknown) => reported.push(error))
        const adapter = tab(newDatabase())
        const heard: ChangeEvent[] = []
        adapter.subscribe!('firm-a', () => {
          throw new Error('listener bug')
        })
        adapter.subscribe!('firm-a', record(heard))
        const created = await (await storeOn(adapter)).create(courtCredential)
        expect(heard).toEqual([{ type: 'created', id: created.id, version: 1, seq: 1 }])
        expect(reported).toEqual([new Error('listener bug')])
      })
    })

    describe('atomic writes', () => {
      // A function cannot be stored (DataCloneError): the audit write fails after the row was written in
      // the same transaction, which must then roll the row back.
      const unstorableAudit = (credentialId: string) =>
        ({ at: 1, action: 'update', credentialId, fields: [() => 'x'] }) as unknown as AuditEntry

      it('stores neither the row nor the audit entry when the audit write fails', async () => {
        const adapter = tab(newDatabase())
        const { rows } = sampleRows()
        const heard: ChangeEvent[] = []
        adapter.subscribe!('firm-a', record(heard))

        const error = await expectStorageError(
          adapter.insert('firm-a', rows.first, unstorableAudit(rows.first.id)),
          'UNAVAILABLE',
        )
        expect(error.details).toEqual({ operation: 'insert', adapter: 'indexeddb' })
        expect((error.cause as Error).name).toBe('DataCloneError')
        expect(await adapter.get('firm-a', rows.first.id)).toBeUndefined()
        expect(await adapter.list('firm-a')).toEqual([])
        expect(await adapter.listAudit('firm-a')).toEqual([])
        expect(heard).toEqual([])
      })

      it('keeps the old row when the audit entry of a replace or delete fails', async () => {
        const adapter = tab(newDatabase())
        const { rows, audit } = sampleRows()
        await adapter.insert('firm-a', rows.first, audit)
        const next = { ...rows.first, notes: 'changed', version: 2 }

        await expectStorageError(
          adapter.replace('firm-a', next, 1, unstorableAudit(rows.first.id)),
          'UNAVAILABLE',
        )
        await expectStorageError(
          adapter.delete('firm-a', rows.first.id, 1, unstorableAudit(rows.first.id)),
          'UNAVAILABLE',
        )
        expect(await adapter.get('firm-a', rows.first.id)).toEqual(rows.first)
        expect(await adapter.listAudit('firm-a')).toEqual([audit])
      })

      it('checks versions inside the transaction: CONFLICT and NOT_FOUND change nothing', async () => {
        const adapter = tab(newDatabase())
        const { rows, audit } = sampleRows()
        await adapter.insert('firm-a', rows.first, audit)
        await expectStorageError(adapter.insert('firm-a', rows.first, audit), 'ALREADY_EXISTS')
        const conflict = await expectStorageError(
          adapter.replace('firm-a', { ...rows.first, version: 3 }, 2, audit),
          'CONFLICT',
        )
        expect(conflict.details).toEqual({ id: rows.first.id, expectedVersion: 2, actualVersion: 1 })
        await expectStorageError(adapter.delete('firm-a', rows.first.id, 2, audit), 'CONFLICT')
        await expectStorageError(adapter.delete('firm-b', rows.first.id, undefined, audit), 'NOT_FOUND')
        await expectStorageError(adapter.replace('firm-a', rows.second, 1, audit), 'NOT_FOUND')
        expect(await adapter.list('firm-a')).toEqual([rows.first])
        expect(await adapter.listAudit('firm-a')).toEqual([audit])
        expect(await adapter.listAudit('firm-b')).toEqual([])
      })

      it('writes meta documents by version, starting from 0', async () => {
        const adapter = tab(newDatabase())
        await adapter.putMeta('firm-a', 'vault', { a: 1 }, 0)
        await expectStorageError(adapter.putMeta('firm-a', 'vault', { a: 2 }, 0), 'CONFLICT')
        await adapter.putMeta('firm-a', 'vault', { a: 2 }, 1)
        const stale = await expectStorageError(adapter.putMeta('firm-a', 'vault', { a: 3 }, 1), 'CONFLICT')
        expect(stale.details).toEqual({ id: 'vault', expectedVersion: 1, actualVersion: 2 })
        expect(await adapter.getMeta('firm-a', 'vault')).toEqual({ value: { a: 2 }, version: 2 })
        expect(await adapter.getMeta('firm-b', 'vault')).toBeUndefined()
        const missing = await expectStorageError(adapter.putMeta('firm-b', 'vault', {}, 1), 'CONFLICT')
        expect(missing.details).toEqual({ id: 'vault', expectedVersion: 1 })
      })
    })

    describe('what is stored', () => {
      it('keeps rows as sealed by the store, with no secret in any record', async () => {
        const db = newDatabase()
        const adapter = tab(db)
        const store = await storeOn(adapter)
        const created = await store.create({ ...courtCredential, personalEmail: 'ana@example.com' })
        await store.get(created.id)
        const raw = await rawRecords(db)
        expect(raw.credentials).toHaveLength(1)
        expect(raw.audit).toHaveLength(2)
        expect(raw.credentials[0]).toMatchObject({ tenant: 'firm-a', id: created.id, version: 1 })
        expect((raw.credentials[0] as StoredCredential).secret).toMatch(/^a2f1:/)
        expectNoSecretIn(JSON.stringify(raw))
        // What the adapter hands back is the row without the tenant it added.
        expect(await adapter.get('firm-a', created.id)).not.toHaveProperty('tenant')
        expect((await adapter.listAudit('firm-a'))[0]).not.toHaveProperty('tenant')
      })

      it('filters lists by system, owner, status and ids within the tenant', async () => {
        const adapter = tab(newDatabase())
        const { rows, audit } = sampleRows()
        await adapter.insert('firm-a', rows.first, audit)
        await adapter.insert('firm-a', rows.second, audit)
        await adapter.insert('firm-b', { ...rows.first }, audit)
        const ids = async (filter: Parameters<StorageAdapter['list']>[1]) =>
          (await adapter.list('firm-a', filter)).map((row) => (row as StoredCredential).id).sort()
        expect(await ids({})).toEqual(['first', 'second'])
        expect(await ids({ systemId: 'tjrs-eproc-1g' })).toEqual(['second'])
        expect(await ids({ owner: 'Ana' })).toEqual(['first'])
        expect(await ids({ status: 'validated' })).toEqual(['second'])
        expect(await ids({ status: 'validated', owner: 'Ana' })).toEqual([])
        expect(await ids({ ids: ['second', 'missing', 'second'] })).toEqual(['second'])
        expect(await adapter.list('firm-c')).toEqual([])
      })

      it('returns the newest audit entries, oldest first, per tenant and credential', async () => {
        const adapter = tab(newDatabase())
        const entry = (at: number, credentialId: string): AuditEntry => ({
          at,
          action: 'reveal',
          credentialId,
        })
        for (let at = 1; at <= 5; at += 1) {
          await adapter.appendAudit('firm-a', entry(at, at % 2 === 0 ? 'even' : 'odd'))
          await adapter.appendAudit('firm-b', entry(at, 'odd'))
        }
        const ats = (entries: AuditEntry[]) => entries.map((e) => e.at)
        expect(ats(await adapter.listAudit('firm-a'))).toEqual([1, 2, 3, 4, 5])
        expect(ats(await adapter.listAudit('firm-a', { limit: 2 }))).toEqual([4, 5])
        expect(ats(await adapter.listAudit('firm-a', { credentialId: 'odd' }))).toEqual([1, 3, 5])
        expect(ats(await adapter.listAudit('firm-a', { credentialId: 'odd', limit: 2 }))).toEqual([3, 5])
        expect(ats(await adapter.listAudit('firm-a', { limit: 10 }))).toEqual([1, 2, 3, 4, 5])
        expect(await adapter.listAudit('firm-a', { limit: 0 })).toEqual([])
        expect(await adapter.listAudit('firm-c', { limit: 2 })).toEqual([])
      })
    })

    describe('passphrase vault', () => {
      it('persists the vault and the records across reloads, and changes the passphrase', async () => {
        const db = newDatabase()
        const first = tab(db)
        const vault = await createVault(first, { passphrase: 'correct horse battery', kdf: FAST_KDF })
        const created = await createCredentialStore({ adapter: first, keys: vault }).create(courtCredential)
        await first.close!()

        // Reload: a new adapter on the same database.
        const second = tab(db)
        const reopened = await unlockVault(second, { passphrase: 'correct horse battery' })
        const credential = await createCredentialStore({ adapter: second, keys: reopened }).get(created.id)
        expect(Array.from(credential.secret)).toEqual(Array.from(COURT_KEY_BYTES))
        expect(credential.password).toBe(COURT_PASSWORD)
        await changePassphrase(second, {
          current: 'correct horse battery',
          next: 'staple tiger lamp',
          kdf: FAST_KDF,
        })
        await second.close!()

        const third = tab(db)
        await expectStorageError(
          unlockVault(third, { passphrase: 'correct horse battery' }),
          'WRONG_PASSPHRASE',
        )
        const unlocked = await unlockVault(third, { passphrase: 'staple tiger lamp' })
        const again = await createCredentialStore({ adapter: third, keys: unlocked }).get(created.id)
        expect(Array.from(again.secret)).toEqual(Array.from(COURT_KEY_BYTES))
        await expectStorageError(
          createVault(third, { passphrase: 'another passphrase', kdf: FAST_KDF }),
          'VAULT_EXISTS',
        )
      })
    })

    describe('database lifecycle', () => {
      it('gives way when another tab deletes the database, and reopens on next use', async () => {
        const db = newDatabase()
        const adapter = tab(db)
        const store = await storeOn(adapter)
        await store.create(courtCredential)
        await deleteDatabase(db) // rejects if the adapter's connection blocked it
        expect(await store.list()).toEqual([])
        const created = await store.create(courtCredential)
        expect((await store.list()).map((summary) => summary.id)).toEqual([created.id])
      })

      it('upgrades a version-1 database (before code claims), keeping its records', async () => {
        const db = newDatabase()
        const old = await openDatabase(db.factory, db.name, { version: 1 })
        expect([...old.objectStoreNames].sort()).toEqual(['audit', 'credentials', 'meta'])
        await old.put('meta', { tenant: 'firm-a', key: 'kept', value: { n: 1 }, version: 1 })
        old.close()
        const adapter = tab(db)
        expect(await adapter.getMeta('firm-a', 'kept')).toEqual({ value: { n: 1 }, version: 1 })
        const before = await storeOn(adapter)
        const created = await before.create(courtCredential)
        const claimed = await before.claimCode(created.id)
        expect(claimed.counter).toBeGreaterThan(0)
        const check = await openDatabase(db.factory, db.name)
        expect(check.version).toBe(SCHEMA_VERSION)
        expect([...check.objectStoreNames]).toContain('claims')
        check.close()
      })

      it('upgrades a version-2 database (before the change log): its first change is number 1', async () => {
        const db = newDatabase()
        const old = await openDatabase(db.factory, db.name, { version: 2 })
        expect([...old.objectStoreNames].sort()).toEqual(['audit', 'claims', 'credentials', 'meta'])
        old.close()
        const adapter = tab(db)
        const store = await storeOn(adapter)
        const created = await store.create(courtCredential)
        expect(await adapter.readChanges!('firm-a', 0, 10)).toEqual({
          events: [{ type: 'created', id: created.id, version: 1, seq: 1 }],
          latest: 1,
          oldest: 1,
        })
        const check = await openDatabase(db.factory, db.name)
        const stores = [...check.objectStoreNames]
        check.close()
        expect(stores).toEqual(expect.arrayContaining(['changeSegments', 'changeCounters']))
      })

      it('upgrades a version-3 database: its log, audit trail and rows are kept, numbering goes on', async () => {
        const db = newDatabase()
        const { rows, audit } = sampleRows()
        const old = await openDatabase(db.factory, db.name, { version: 3 })
        // What version 3 wrote for two creations and an update: a record per change.
        const tx = old.transaction(
          ['credentials', 'audit', 'changes', 'changeCounters'] as never[],
          'readwrite',
        )
        const put = (store: string, value: unknown) => (tx.objectStore(store as never) as any).put(value)
        await put('credentials', { ...rows.first, tenant: 'firm-a' })
        await put('credentials', { ...rows.second, tenant: 'firm-a' })
        await put('audit', { ...audit, tenant: 'firm-a' })
        for (const [seq, type, id] of [
          [1, 'created', 'first'],
          [2, 'created', 'second'],
          [3, 'updated', 'first'],
        ] as const) {
          await put('changes', { tenant: 'firm-a', seq, type, id, version: 1, origin: 'old-tab' })
        }
        await put('changeCounters', { tenant: 'firm-a', lastSeq: 3, oldestSeq: 1 })
        await tx.done
        old.close()

        const adapter = tab(db)
        expect(await adapter.readChanges!('firm-a', 1, 10)).toEqual({
          events: [
            { type: 'created', id: 'second', version: 1, seq: 2, remote: true },
            { type: 'updated', id: 'first', version: 1, seq: 3, remote: true },
          ],
          latest: 3,
          oldest: 1,
        })
        expect(await adapter.list('firm-a', { owner: 'Bruno' })).toEqual([rows.second])
        expect(await adapter.listAudit('firm-a', { credentialId: 'first' })).toEqual([audit])
        const third = { ...rows.first, id: 'third' }
        await adapter.insertMany!('firm-a', [third], [{ ...audit, credentialId: 'third' }], {
          existing: 'abort',
        })
        expect((await adapter.readChanges!('firm-a', 3, 10)).events).toEqual([
          { type: 'created', id: 'third', version: 1, seq: 4 },
        ])
        const check = await openDatabase(db.factory, db.name)
        const stores = [...check.objectStoreNames]
        const reading = check.transaction('credentials')
        const indexes = [...reading.store.indexNames]
        // Closing waits for the transaction; until it is done, the connection would block the delete.
        await reading.done
        check.close()
        expect(stores).not.toContain('changes')
        expect(indexes).toEqual(['tenant'])
      })

      it('never gives two tabs the same counter when they claim at once', async () => {
        const db = newDatabase()
        const [first, second] = [await storeOn(tab(db)), await storeOn(tab(db))]
        const created = await first!.create(courtCredential)
        const claims = await Promise.all(
          Array.from({ length: 30 }, (_, index) =>
            (index % 2 === 0 ? first! : second!).claimCode(created.id),
          ),
        )
        expect(new Set(claims.map((claimed) => claimed.counter)).size).toBe(30)
      })

      it('gives way to a newer schema and then reports UNAVAILABLE instead of using it', async () => {
        const db = newDatabase()
        const adapter = tab(db)
        await adapter.list('firm-a')
        const newer = await openDatabase(db.factory, db.name, { version: SCHEMA_VERSION + 1 })
        newer.close()
        const error = await expectStorageError(adapter.list('firm-a'), 'UNAVAILABLE')
        expect((error.cause as Error).name).toBe('VersionError')
      })

      it('fails an upgrade that another connection blocks, and closes the late connection', async () => {
        const db = newDatabase()
        const stubborn = await openDatabase(db.factory, db.name)
        // `stubborn` has no versionchange handler: it keeps the upgrade waiting.
        const upgrade = openDatabase(db.factory, db.name, {
          version: SCHEMA_VERSION + 1,
          blockedTimeoutMs: 100,
        })
        await expect(upgrade).rejects.toBeInstanceOf(BlockedError)
        await expect(upgrade).rejects.toThrow(/blocked: another tab or window keeps an older version open/)
        stubborn.close()
        // The upgrade completes now; its connection must have been closed, or this delete is blocked.
        await settle()
        await deleteDatabase(db)
      })

      it('refuses every operation after close()', async () => {
        const adapter = tab(newDatabase())
        await adapter.list('firm-a')
        await adapter.close!()
        const error = await expectStorageError(adapter.list('firm-a'), 'UNAVAILABLE')
        expect(error.message).toMatch(/closed/)
        await expectStorageError(adapter.putMeta('firm-a', 'k', 1, 0), 'UNAVAILABLE')
        expect(isStorageError(await adapter.getMeta('firm-a', 'k').catch((e: unknown) => e))).toBe(true)
      })
    })
  })
}

/** Two rows shaped as the store hands them to the adapter (the sealed values are placeholders). */
function sampleRows() {
  const base = {
    issuer: 'TRF4',
    account: 'RS012345',
    otp: { algorithm: 'SHA1', digits: 6, period: 30 },
    secret: 'a2f1:test-2026:AAAA:BBBB',
    status: 'pending',
    createdAt: 1,
    updatedAt: 1,
    version: 1,
  } as const
  const rows = {
    first: { ...base, id: 'first', systemId: 'trf4-eproc-1g', owner: 'Ana' } as StoredCredential,
    second: {
      ...base,
      id: 'second',
      systemId: 'tjrs-eproc-1g',
      owner: 'Bruno',
      status: 'validated',
    } as StoredCredential,
  }
  const audit: AuditEntry = { at: 1, action: 'create', credentialId: 'first', actor: 'ana' }
  return { rows, audit }
}
