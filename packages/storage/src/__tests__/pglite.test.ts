import { PGlite } from '@electric-sql/pglite'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pgliteSqlClient } from '../adapters/pglite-client.js'
import { createVault, unlockVault } from '../crypto/passphrase-vault.js'
import { createHttpHandler, createHttpStore } from '../http.js'
import { createPGliteAdapter, migrate } from '../pglite.js'
import { createSqlAdapter } from '../sql/adapter.js'
import type { StoredCredential } from '../store/adapter.js'
import { createCredentialStore } from '../store/create-credential-store.js'
import { FAST_KDF, testKeyring } from '../test-support/fast-keys.js'
import {
  COURT_KEY,
  COURT_KEY_BYTES,
  COURT_PASSWORD,
  expectStorageError,
  storeContract,
} from './contract/store-contract.js'
import { sampleRow, sqlAdapterSuite } from './postgres/sql-adapter-suite.js'
import { contractSubject, resetDatabase, type SqlHarness } from './postgres/sql-harness.js'

// One in-memory database for the file (initialising PGlite takes seconds); every test empties its tables.
// New empty databases are loaded from a dump of a just-initialised one, which takes a fraction of that.
let db: PGlite
let harness: SqlHarness
let emptyDatabase: File | Blob
const newDatabase = () => PGlite.create({ loadDataDir: emptyDatabase })

beforeAll(async () => {
  db = await PGlite.create()
  emptyDatabase = await db.dumpDataDir('none')
  harness = {
    name: 'PGlite',
    adapterName: 'pglite',
    sql: pgliteSqlClient(db),
    adapter: (options = {}) => createPGliteAdapter({ db, ...options }),
    async freshDatabase(count) {
      const fresh = await newDatabase()
      // One PGlite is one connection: "concurrent" clients share it and its transaction queue.
      return {
        clients: Array.from({ length: count }, () => pgliteSqlClient(fresh)),
        dispose: () => fresh.close(),
      }
    },
    async listening() {
      const { rows } = await pgliteSqlClient(db).query(
        "select 1 from pg_listening_channels() as channel where channel = 'a2f_changes'",
      )
      return rows.length > 0
    },
  }
}, 60_000)

afterAll(async () => {
  await db?.close()
})

storeContract({ name: 'PGlite', setup: () => contractSubject(harness).setup() })

describe('PGlite adapter', () => {
  sqlAdapterSuite(() => harness)

  it('keeps a passphrase vault and its credentials in a data directory across restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'a2f-pglite-'))
    try {
      const first = createPGliteAdapter({ dataDir })
      const vault = await createVault(first, {
        tenant: 'firm-a',
        passphrase: 'correct horse battery',
        kdf: FAST_KDF,
      })
      const store = createCredentialStore({ adapter: first, keys: vault, tenant: 'firm-a', actor: 'ana' })
      const { id } = await store.create({
        issuer: 'TRF4',
        account: 'RS012345',
        secret: COURT_KEY,
        password: COURT_PASSWORD,
      })
      await first.close()

      const second = createPGliteAdapter({ dataDir })
      try {
        await expectStorageError(
          unlockVault(second, { tenant: 'firm-a', passphrase: 'wrong horse battery' }),
          'WRONG_PASSPHRASE',
        )
        const reopened = await unlockVault(second, { tenant: 'firm-a', passphrase: 'correct horse battery' })
        const again = createCredentialStore({ adapter: second, keys: reopened, tenant: 'firm-a' })
        const credential = await again.get(id)
        expect(Array.from(credential.secret)).toEqual(Array.from(COURT_KEY_BYTES))
        expect(credential.password).toBe(COURT_PASSWORD)
        expect((await again.history()).map((entry) => entry.action)).toEqual(['create', 'reveal'])
        // The schema was already there: the second start applied nothing.
        expect(await second.migrate()).toEqual([])
      } finally {
        await second.close()
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  }, 60_000)

  it('leaves a database it was given open, and closes one it created', async () => {
    const given = createPGliteAdapter({ db })
    await given.list('firm-a')
    await given.close()
    expect(db.closed).toBe(false)

    const own = createPGliteAdapter()
    await own.insert('firm-a', sampleRow('a'), { at: 1, action: 'create', credentialId: 'a' })
    expect(await own.get('firm-a', 'a')).toEqual(sampleRow('a'))
    await own.close()
    // A closed database is a backend that is gone: UNAVAILABLE, naming the operation.
    const error = await expectStorageError(own.list('firm-a'), 'UNAVAILABLE')
    expect(error.details).toEqual({ operation: 'list', adapter: 'pglite' })
    expect(error.cause).toBeInstanceOf(Error)
  }, 60_000)

  it('reads rows as one JSON value exactly as a row each would give them, filters and order included', async () => {
    const fresh = await newDatabase()
    try {
      const asJson = createSqlAdapter(pgliteSqlClient(fresh), 'pglite')
      const asRows = createSqlAdapter({ ...pgliteSqlClient(fresh), readsRowsAsOneValue: false }, 'pglite')
      const rows = [
        sampleRow('c', { createdAt: 3 }),
        sampleRow('a', { createdAt: 1, owner: 'Bruno', status: 'pending' }),
        // Optional fields absent, a name with quotes, accents and a line break, a late time.
        {
          ...sampleRow('b', { createdAt: 2, notes: 'diz "oi"\nà tarde' }),
          systemId: undefined,
          password: undefined,
        },
        sampleRow('d', { createdAt: 8_640_000_000_000_000 }),
      ].map((row) => JSON.parse(JSON.stringify(row)) as StoredCredential)
      await asJson.insertMany!(
        'firm-a',
        rows,
        rows.map((row) => ({ at: 1, action: 'create' as const, credentialId: row.id })),
        { existing: 'abort' },
      )
      const filters = [
        {},
        { owner: 'Bruno' },
        { status: 'validated' as const },
        { ids: ['d', 'b', 'x'] },
        { systemId: 'none' },
      ]
      for (const filter of filters) {
        expect(await asJson.list('firm-a', filter)).toEqual(await asRows.list('firm-a', filter))
        expect(await asJson.listKeys!('firm-a', filter)).toEqual(await asRows.listKeys!('firm-a', filter))
      }
      expect((await asJson.list('firm-a')).map((row) => (row as StoredCredential).id)).toEqual([
        'a',
        'b',
        'c',
        'd',
      ])
      expect(await asJson.list('firm-b')).toEqual([])
      await asJson.close()
      await asRows.close()
    } finally {
      await fresh.close()
    }
  }, 60_000)

  it('exports migrate for a database opened by the application', async () => {
    const fresh = await newDatabase()
    try {
      expect(await migrate(fresh)).toEqual([1, 2, 3])
      expect(await migrate(fresh)).toEqual([])
      const adapter = createPGliteAdapter({ db: fresh, migrate: false })
      expect(await adapter.list('firm-a')).toEqual([])
    } finally {
      await fresh.close()
    }
  }, 60_000)

  it('answers a U+0000 in any text field as 422 INVALID_INPUT over HTTP, never 503 UNAVAILABLE', async () => {
    // The case, end to end: a handler on PGlite, whose text columns cannot hold U+0000.
    await resetDatabase(harness.sql)
    const adapter = createPGliteAdapter({ db })
    const keys = await testKeyring()
    const handler = createHttpHandler({
      authorize: () => ({ tenant: 'firm-a', user: 'ana' }),
      store: ({ tenant, user }) => createCredentialStore({ adapter, keys, tenant, actor: user }),
    })
    const client = createHttpStore({
      baseUrl: 'http://a2f.test',
      fetch: (url, init) => handler(new Request(url, init)),
    })
    const post = (body: unknown) =>
      handler(
        new Request('http://a2f.test/credentials', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      )
    const input = { issuer: 'TRF4', account: 'RS1', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' }
    try {
      for (const field of ['issuer', 'account', 'owner', 'label', 'notes', 'systemId', 'personalEmail']) {
        const value = field === 'personalEmail' ? 'a\u0000b@gmail.com' : 'a\u0000b'
        const response = await post({ ...input, [field]: value })
        expect(response.status, field).toBe(422)
        expect(await response.json()).toMatchObject({ error: { code: 'INVALID_INPUT', details: { field } } })
        const error = await expectStorageError(client.create({ ...input, [field]: value }), 'INVALID_INPUT')
        expect(error.details.field).toBe(field)
      }
      const created = await client.create({ ...input, notes: 'linha 1\nlinha 2' })
      const patched = await handler(
        new Request(`http://a2f.test/credentials/${created.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ expectedVersion: 1, patch: { owner: 'Ana\u0000' } }),
        }),
      )
      expect(patched.status).toBe(422)
      expect(await client.list()).toEqual([created])
    } finally {
      await adapter.close()
    }
  })
})
