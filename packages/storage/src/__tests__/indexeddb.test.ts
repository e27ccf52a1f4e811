import * as fake from 'fake-indexeddb'
import { afterEach, describe, expect, it } from 'vitest'
import { createIndexedDbAdapter } from '../indexeddb.js'
import type { AuditEntry, StoredCredential } from '../store/adapter.js'
import { expectStorageError, storeContract } from './contract/store-contract.js'
import { indexedDbAdapterCases } from './indexeddb-cases.js'
import { deleteDatabase, indexedDbSubject, uniqueName, type TestDatabase } from './indexeddb-support.js'

// idb recognises requests, databases and transactions with `instanceof` against the global IDB classes,
// which Node does not have: install fake-indexeddb's. `indexedDB` itself stays undefined, so every
// adapter here uses the factory it is given.
for (const name of [
  'IDBCursor',
  'IDBCursorWithValue',
  'IDBDatabase',
  'IDBIndex',
  'IDBKeyRange',
  'IDBObjectStore',
  'IDBOpenDBRequest',
  'IDBRequest',
  'IDBTransaction',
  'IDBVersionChangeEvent',
] as const) {
  Object.defineProperty(globalThis, name, { value: fake[name], configurable: true, writable: true })
}

/** A fresh in-memory IndexedDB per database: nothing is shared between tests. */
const fakeDatabase = (): TestDatabase => ({ factory: new fake.IDBFactory(), name: uniqueName('a2f-test') })

storeContract(indexedDbSubject('IndexedDB (fake-indexeddb)', fakeDatabase))
indexedDbAdapterCases('fake-indexeddb', fakeDatabase)

describe('IndexedDB adapter on fake-indexeddb: failures only Node can stage', () => {
  const restore: Array<() => void> = []
  afterEach(() => {
    for (const undo of restore.splice(0)) undo()
  })

  it('rolls the row back when the audit request fails asynchronously (ConstraintError)', async () => {
    const db = fakeDatabase()
    const adapter = createIndexedDbAdapter({ indexedDB: db.factory, name: db.name })
    const row = (id: string) =>
      ({
        id,
        issuer: 'TRF4',
        account: 'a',
        otp: { algorithm: 'SHA1', digits: 6, period: 30 },
        secret: 'a2f1:k:AAAA:BBBB',
        status: 'pending',
        createdAt: 1,
        updatedAt: 1,
        version: 1,
      }) as StoredCredential
    const audit = (credentialId: string): AuditEntry => ({ at: 1, action: 'create', credentialId })
    try {
      await adapter.insert('firm-a', row('kept'), audit('kept'))
      // From now on every audit entry is added under key 1, which is taken: the request fails after the
      // row's put succeeded, and the failed request aborts the transaction.
      const prototype = fake.IDBObjectStore.prototype
      const add = prototype.add
      prototype.add = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        return this.name === 'audit' ? add.call(this, value, 1) : add.call(this, value, key)
      }
      restore.push(() => {
        prototype.add = add
      })

      const error = await expectStorageError(
        adapter.insert('firm-a', row('lost'), audit('lost')),
        'UNAVAILABLE',
      )
      expect((error.cause as Error).name).toBe('ConstraintError')
      expect(await adapter.get('firm-a', 'lost')).toBeUndefined()
      await expectStorageError(
        adapter.replace('firm-a', { ...row('kept'), notes: 'x', version: 2 }, 1, audit('kept')),
        'UNAVAILABLE',
      )
      expect(await adapter.get('firm-a', 'kept')).toEqual(row('kept'))
      restore.pop()!()
      expect(await adapter.listAudit('firm-a')).toEqual([audit('kept')])
    } finally {
      await adapter.close!()
      await deleteDatabase(db)
    }
  })

  it('says clearly that there is no IndexedDB when none is given and none is global', async () => {
    expect(globalThis.indexedDB).toBeUndefined()
    const adapter = createIndexedDbAdapter()
    const error = await expectStorageError(adapter.list('firm-a'), 'UNAVAILABLE')
    expect(error.message).toMatch(/IndexedDB is not available here/)
    expect(error.details).toEqual({ operation: 'list', adapter: 'indexeddb' })
    await expectStorageError(adapter.insert('firm-a', {} as StoredCredential, audit()), 'UNAVAILABLE')
    await adapter.close!()
  })
})

const audit = (): AuditEntry => ({ at: 1, action: 'create', credentialId: 'x' })
