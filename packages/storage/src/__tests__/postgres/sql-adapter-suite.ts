import { describe, expect, it } from 'vitest'
import type { SqlClient } from '../../sql/client.js'
import { createSqlAdapter } from '../../sql/adapter.js'
import { migrate } from '../../sql/migrate.js'
import { MIGRATIONS } from '../../sql/migrations.js'
import type { ChangeEvent, StoredCredential } from '../../store/adapter.js'
import {
  COURT_KEY,
  COURT_PASSWORD,
  expectNoSecretIn,
  expectStorageError,
  exposedText,
} from '../contract/store-contract.js'
import { resetDatabase, testStore, type SqlHarness } from './sql-harness.js'

/** A complete stored row, written straight through an adapter. */
export function sampleRow(id: string, overrides: Partial<StoredCredential> = {}): StoredCredential {
  return {
    id,
    systemId: 'trf4-eproc-1g',
    issuer: 'TRF4',
    account: 'RS012345',
    owner: 'Dra. Conceição Araújo',
    label: 'Principal',
    otp: { algorithm: 'SHA1', digits: 6, period: 30 },
    secret: 'a2f1:test-2026:AAAAAAAAAAAAAAAA:c2VhbGVkLXNlY3JldA==',
    password: 'a2f1:test-2026:BBBBBBBBBBBBBBBB:c2VhbGVkLXBhc3N3b3Jk',
    status: 'validated',
    validatedAt: 1_767_225_600_123,
    validatedBy: 'ana',
    personalEmail: 'conceicao@gmail.com',
    notes: 'Login com certificado A3',
    createdAt: 1_767_225_600_001,
    createdBy: 'ana',
    updatedAt: 1_767_225_600_999,
    updatedBy: 'bruno',
    version: 1,
    ...overrides,
  }
}

const audit = (credentialId: string, action: 'create' | 'update' | 'remove' = 'create') => ({
  at: 1_767_225_600_000,
  action,
  credentialId,
  actor: 'ana',
})

const versions = MIGRATIONS.map((migration) => migration.version)

/** Checks of the SQL adapter itself, beyond the store contract: run on PGlite and on PostgreSQL. */
export function sqlAdapterSuite(harness: () => SqlHarness): void {
  const reset = () => resetDatabase(harness().sql)

  describe('migrations', () => {
    it('migrates a new database once, even when several instances start at the same time', async () => {
      const { clients, dispose } = await harness().freshDatabase(4)
      try {
        const applied = await Promise.all(clients.map((client) => migrate(client)))
        // Exactly one instance applied the migrations; the others waited on the lock and found them done.
        expect(applied.filter((list) => list.length > 0)).toEqual([versions])
        expect(await migrate(clients[0]!)).toEqual([])
        expect(await migrate(clients[1]!)).toEqual([])
        const { rows } = await clients[0]!.query(
          'select version, name from a2f_schema_migrations order by version',
        )
        expect(rows).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })))
      } finally {
        await dispose()
      }
    })

    it('upgrades a version-1 database to code claims, keeping its audit trail', async () => {
      const { clients, dispose } = await harness().freshDatabase(1)
      const client = clients[0]!
      try {
        expect(await migrate(client, MIGRATIONS.slice(0, 1))).toEqual([1])
        await client.query(
          "insert into a2f_audit (tenant, credential_id, actor, action, at) values ('firm-a', 'c1', 'ana', 'reveal', 5)",
        )
        expect(await migrate(client)).toEqual([2, 3])
        await client.query(
          `insert into a2f_audit (tenant, credential_id, action, at, counter)
            values ('firm-a', 'c1', 'claim-code', 6, 59000000)`,
        )
        const { rows } = await client.query(
          'select action, counter from a2f_audit where tenant = $1 order by id',
          ['firm-a'],
        )
        expect(rows.map((row) => [row.action, row.counter === null ? null : Number(row.counter)])).toEqual([
          ['reveal', null],
          ['claim-code', 59_000_000],
        ])
      } finally {
        await dispose()
      }
    })

    it('applies only the missing versions, and nothing of a failing one', async () => {
      const { clients, dispose } = await harness().freshDatabase(1)
      const client = clients[0]!
      const extra = { version: 900, name: 'extra', sql: 'create table a2f_extra (tenant text not null)' }
      const failing = {
        version: 901,
        name: 'failing',
        sql: 'create table a2f_half (tenant text not null); select 1 / 0',
      }
      try {
        expect(await migrate(client)).toEqual(versions)
        expect(await migrate(client, [...MIGRATIONS, extra])).toEqual([900])
        await expect(migrate(client, [...MIGRATIONS, extra, failing])).rejects.toThrow(/division by zero/)
        const { rows } = await client.query<{ version: number }>(
          'select version from a2f_schema_migrations order by version',
        )
        expect(rows.map((row) => row.version)).toEqual([...versions, 900])
        const half = await client.query(
          "select 1 from information_schema.tables where table_name = 'a2f_half'",
        )
        expect(half.rows).toEqual([])
      } finally {
        await dispose()
      }
    })
  })

  describe('schema', () => {
    it('has a NOT NULL tenant column on every table, leading every index but the audit sequence', async () => {
      await reset()
      const { rows: tables } = await harness().sql.query(
        `select t.table_name as table, c.is_nullable as nullable
          from information_schema.tables t
          left join information_schema.columns c
            on c.table_schema = t.table_schema and c.table_name = t.table_name and c.column_name = 'tenant'
          where t.table_schema = current_schema() and t.table_name like 'a2f\\_%'
          order by t.table_name`,
      )
      expect(tables).toEqual([
        { table: 'a2f_audit', nullable: 'NO' },
        { table: 'a2f_change_counters', nullable: 'NO' },
        { table: 'a2f_changes', nullable: 'NO' },
        { table: 'a2f_code_claims', nullable: 'NO' },
        { table: 'a2f_credentials', nullable: 'NO' },
        { table: 'a2f_meta', nullable: 'NO' },
        { table: 'a2f_schema_migrations', nullable: null },
      ])
      const { rows: indexes } = await harness().sql.query<{ indexname: string; indexdef: string }>(
        `select indexname, indexdef from pg_indexes
          where schemaname = current_schema() and tablename in ('a2f_credentials', 'a2f_audit', 'a2f_meta', 'a2f_code_claims', 'a2f_changes', 'a2f_change_counters')`,
      )
      expect(indexes.length).toBeGreaterThanOrEqual(9)
      for (const index of indexes) {
        if (index.indexname === 'a2f_audit_pkey') continue
        expect(index.indexdef).toMatch(/\(tenant(, |\))/)
      }
    })

    it('refuses a status or an audit action outside the allowed values as INVALID_INPUT', async () => {
      await reset()
      const adapter = harness().adapter()
      try {
        const error = await expectStorageError(
          adapter.insert('firm-a', sampleRow('c1', { status: 'deleted' as never }), audit('c1')),
          'INVALID_INPUT',
        )
        expect(error.details).toEqual({
          field: 'status',
          reason: 'a value the schema does not allow (SQLSTATE 23514)',
        })
        // The driver's error is kept as the cause, without the row's values that drivers attach to it
        // (PGlite: the bound parameters; PostgreSQL: "Failing row contains (…)").
        expect((error.cause as { code?: string }).code).toBe('23514')
        const exposed = exposedText(error)
        for (const value of [sampleRow('c1').secret, sampleRow('c1').password!, 'conceicao@gmail.com']) {
          expect(exposed).not.toContain(value)
        }
        // The audit entry is refused: the credential written in the same transaction is rolled back.
        const action = await expectStorageError(
          adapter.insert('firm-a', sampleRow('c2'), { ...audit('c2'), action: 'peek' as never }),
          'INVALID_INPUT',
        )
        expect(action.details.field).toBe('action')
        expect(await adapter.list('firm-a')).toEqual([])
      } finally {
        await adapter.close()
      }
    })

    it('classifies a value PostgreSQL cannot hold as INVALID_INPUT naming the field, never UNAVAILABLE', async () => {
      // The store refuses these first (see the contract's same-outcome cases); this is the second line,
      // for rows that reach the adapter some other way.
      await reset()
      const adapter = harness().adapter()
      try {
        const nul = await expectStorageError(
          adapter.insert('firm-a', sampleRow('n1', { notes: 'a\u0000b' }), audit('n1')),
          'INVALID_INPUT',
        )
        expect(nul.details).toEqual({
          field: 'notes',
          reason: 'characters the database cannot hold (SQLSTATE 22021)',
        })
        expect(exposedText(nul)).not.toContain(sampleRow('n1').secret)
        await adapter.insert('firm-a', sampleRow('n2'), audit('n2'))
        const owner = await expectStorageError(
          adapter.replace('firm-a', sampleRow('n2', { owner: '\u0000', version: 2 }), 1, audit('n2')),
          'INVALID_INPUT',
        )
        expect(owner.details.field).toBe('owner')
        const period = await expectStorageError(
          adapter.insert(
            'firm-a',
            sampleRow('n3', { otp: { algorithm: 'SHA1', digits: 6, period: 2 ** 40 } }),
            audit('n3'),
          ),
          'INVALID_INPUT',
        )
        expect(period.details).toEqual({
          field: 'period',
          reason: 'a number out of the database range (SQLSTATE 22003)',
        })
        const version = await expectStorageError(
          adapter.replace('firm-a', sampleRow('n2', { version: 2 }), 2 ** 40, audit('n2')),
          'INVALID_INPUT',
        )
        expect(version.details.field).toBe('expectedVersion')
        const actor = await expectStorageError(
          adapter.appendAudit('firm-a', { ...audit('n2'), actor: 'ana\u0000' }),
          'INVALID_INPUT',
        )
        expect(actor.details.field).toBe('actor')
        // A statement without named parameters still says "your value", not "our outage".
        const filter = await expectStorageError(adapter.list('firm-a', { owner: 'a\u0000' }), 'INVALID_INPUT')
        expect(filter.details.field).toBe('value')
        await expectStorageError(
          adapter.delete('firm-a', 'n2', 2 ** 40, audit('n2', 'remove')),
          'INVALID_INPUT',
        )
        // Nothing of the refused writes was kept, and the adapter goes on working.
        expect((await adapter.list('firm-a')).map((row) => (row as { id: string }).id)).toEqual(['n2'])
        expect(await adapter.get('firm-a', 'n2')).toEqual(sampleRow('n2'))
        expect((await adapter.listAudit('firm-a')).map((entry) => entry.credentialId)).toEqual(['n2'])
      } finally {
        await adapter.close()
      }
    })
  })

  describe('rows', () => {
    it('writes a batch in one transaction: a failure in its third statement leaves nothing', async () => {
      await reset()
      const adapter = harness().adapter()
      const rows = Array.from({ length: 1_100 }, (_, index) => sampleRow(`b${index}`))
      const audits = rows.map((row) => audit(row.id))
      try {
        // The 1,001st row reaches the database in the third 500-row statement, after two have gone in.
        await harness().sql.exec(`
          create function a2f_test_refuse() returns trigger language plpgsql as $$
          begin
            if new.id = 'b1000' then raise exception 'disk full' using errcode = '53100'; end if;
            return new;
          end $$;
          create trigger a2f_test_refuse before insert on a2f_credentials
            for each row execute function a2f_test_refuse();`)
        await expectStorageError(
          adapter.insertMany!('firm-a', rows, audits, { existing: 'abort' }),
          'UNAVAILABLE',
        )
        expect(await adapter.list('firm-a')).toEqual([])
        expect(await adapter.listAudit('firm-a')).toEqual([])
        await harness().sql.exec(
          'drop trigger a2f_test_refuse on a2f_credentials; drop function a2f_test_refuse()',
        )
        expect(await adapter.insertMany!('firm-a', rows, audits, { existing: 'abort' })).toEqual({
          existing: [],
        })
        expect(await adapter.list('firm-a')).toHaveLength(1_100)
        expect(await adapter.get('firm-a', 'b1099')).toEqual(sampleRow('b1099'))
        expect(await adapter.listAudit('firm-a')).toHaveLength(1_100)
        // Taken ids: 'abort' writes nothing, 'skip' writes the others and their audit rows only.
        const more = [sampleRow('b5'), sampleRow('new-1'), sampleRow('b7'), sampleRow('new-2')]
        const moreAudits = more.map((row) => audit(row.id))
        expect(await adapter.insertMany!('firm-a', more, moreAudits, { existing: 'abort' })).toEqual({
          existing: ['b5', 'b7'],
        })
        expect(await adapter.get('firm-a', 'new-1')).toBeUndefined()
        expect(await adapter.insertMany!('firm-a', more, moreAudits, { existing: 'skip' })).toEqual({
          existing: ['b5', 'b7'],
        })
        expect(await adapter.get('firm-a', 'new-2')).toEqual(sampleRow('new-2'))
        expect(await adapter.listAudit('firm-a')).toHaveLength(1_102)
      } finally {
        await harness().sql.exec(
          'drop trigger if exists a2f_test_refuse on a2f_credentials; drop function if exists a2f_test_refuse()',
        )
        await adapter.close()
      }
    })

    it('round-trips every field exactly, times to the millisecond, absent fields absent', async () => {
      await reset()
      const adapter = harness().adapter()
      try {
        const full = sampleRow('full', { createdAt: 0, updatedAt: Number.MAX_SAFE_INTEGER })
        const minimal: StoredCredential = {
          id: 'minimal',
          issuer: 'TJRS',
          account: '',
          otp: { algorithm: 'SHA512', digits: 8, period: 60 },
          secret: full.secret,
          status: 'pending',
          createdAt: 1_767_225_600_007,
          updatedAt: 1_767_225_600_007,
          version: 1,
        }
        await adapter.insert('firm-a', full, audit('full'))
        await adapter.insert('firm-a', minimal, audit('minimal'))
        expect(await adapter.get('firm-a', 'full')).toEqual(full)
        const readMinimal = (await adapter.get('firm-a', 'minimal')) as Record<string, unknown>
        expect(readMinimal).toEqual(minimal)
        expect(Object.keys(readMinimal).sort()).toEqual(Object.keys(minimal).sort())
        // What codes() reads: the StoredKey fields alone, absent ones absent.
        const pick = ({ id, otp, secret, status, createdAt, systemId, owner }: StoredCredential) => ({
          id,
          otp,
          secret,
          status,
          createdAt,
          ...(systemId === undefined ? {} : { systemId }),
          ...(owner === undefined ? {} : { owner }),
        })
        expect(await adapter.listKeys!('firm-a')).toEqual([pick(full), pick(minimal)])
        const { rows } = await harness().sql.query(
          "select created_at::text as created, updated_at::text as updated from a2f_credentials where id = 'full'",
        )
        expect(rows).toEqual([{ created: '0', updated: String(Number.MAX_SAFE_INTEGER) }])
      } finally {
        await adapter.close()
      }
    })

    it('keeps the times the store writes', async () => {
      await reset()
      const adapter = harness().adapter()
      try {
        const store = await testStore(adapter, 'firm-a', 'ana')
        const created = await store.create({
          issuer: 'TRF4',
          account: 'x',
          secret: COURT_KEY,
          status: 'validated',
          validatedAt: 1_700_000_000_999,
        })
        expect(created.validatedAt).toBe(1_700_000_000_999)
        expect(await store.getSummary(created.id)).toEqual(created)
      } finally {
        await adapter.close()
      }
    })

    it('filters by system, owner, status and ids in SQL', async () => {
      await reset()
      const adapter = harness().adapter()
      try {
        await adapter.insert('firm-a', sampleRow('a'), audit('a'))
        await adapter.insert('firm-a', sampleRow('b', { systemId: 'tjrs', status: 'pending' }), audit('b'))
        await adapter.insert('firm-a', sampleRow('c', { owner: 'João' }), audit('c'))
        const ids = async (filter: Parameters<typeof adapter.list>[1]) =>
          ((await adapter.list('firm-a', filter)) as StoredCredential[]).map((row) => row.id).sort()
        expect(await ids({})).toEqual(['a', 'b', 'c'])
        expect(await ids({ systemId: 'tjrs' })).toEqual(['b'])
        expect(await ids({ status: 'pending' })).toEqual(['b'])
        expect(await ids({ owner: 'João' })).toEqual(['c'])
        expect(await ids({ ids: ['c', 'a', 'zz'] })).toEqual(['a', 'c'])
        expect(await ids({ ids: [] })).toEqual([])
        expect(await ids({ ids: ['a'], status: 'pending' })).toEqual([])
        const keyIds = async (filter: Parameters<typeof adapter.list>[1]) =>
          ((await adapter.listKeys!('firm-a', filter)) as StoredCredential[]).map((row) => row.id).sort()
        expect(await keyIds({})).toEqual(['a', 'b', 'c'])
        expect(await keyIds({ systemId: 'tjrs', status: 'pending' })).toEqual(['b'])
        expect(await keyIds({ owner: 'João', ids: ['c', 'a'] })).toEqual(['c'])
      } finally {
        await adapter.close()
      }
    })

    it('gives codes() the key columns alone, whole rows for a text query, and reports a malformed key', async () => {
      await reset()
      const statements: { text: string; params: readonly unknown[] }[] = []
      const adapter = createSqlAdapter(recordingClient(harness().sql, statements), 'recording')
      try {
        const store = await testStore(adapter, 'firm-a', 'ana')
        const a = await store.create({ issuer: 'TRF4', account: 'a', secret: COURT_KEY, owner: 'Ana' })
        const b = await store.create({
          issuer: 'TJRS',
          account: 'b',
          secret: COURT_KEY,
          password: COURT_PASSWORD,
        })
        const selects = () =>
          statements
            .map((statement) => statement.text)
            .filter((text) => /^\s*select\b[\s\S]*from a2f_credentials/.test(text))
        statements.length = 0
        expect((await store.codes()).codes.map((code) => code.id)).toEqual([a.id, b.id])
        expect(selects()).toHaveLength(1)
        expect(selects()[0]).toMatch(
          /^select id, system_id, owner, algorithm, digits, period, secret_sealed, status, created_at from/,
        )
        expect((await store.codes({ owner: 'Ana' })).codes.map((code) => code.id)).toEqual([a.id])
        statements.length = 0
        expect((await store.codes({ text: 'tjrs' })).codes.map((code) => code.id)).toEqual([b.id])
        expect(selects()[0]).toMatch(/\bnotes\b/)
        await harness().sql.query(`update a2f_credentials set algorithm = 'MD5' where id = $1`, [a.id])
        const codes = await store.codes()
        expect(codes.codes.map((code) => code.id)).toEqual([b.id])
        expect(codes.unreadable).toEqual([{ id: a.id, reason: 'FORMAT' }])
      } finally {
        await adapter.close()
      }
    })

    it('compares and swaps versions, and a refused write leaves no audit entry', async () => {
      await reset()
      const adapter = harness().adapter()
      try {
        await adapter.insert('firm-a', sampleRow('a'), audit('a'))
        await expectStorageError(adapter.insert('firm-a', sampleRow('a'), audit('a')), 'ALREADY_EXISTS')
        await adapter.replace('firm-a', sampleRow('a', { version: 2 }), 1, audit('a', 'update'))
        const stale = await expectStorageError(
          adapter.replace('firm-a', sampleRow('a', { version: 2 }), 1, audit('a', 'update')),
          'CONFLICT',
        )
        expect(stale.details).toEqual({ id: 'a', expectedVersion: 1, actualVersion: 2 })
        await expectStorageError(adapter.delete('firm-a', 'a', 1, audit('a', 'remove')), 'CONFLICT')
        await expectStorageError(
          adapter.replace('firm-a', sampleRow('gone', { version: 2 }), 1, audit('gone', 'update')),
          'NOT_FOUND',
        )
        await expectStorageError(adapter.delete('firm-a', 'gone', undefined, audit('gone')), 'NOT_FOUND')
        expect((await adapter.listAudit('firm-a')).map((entry) => entry.action)).toEqual(['create', 'update'])
        await adapter.delete('firm-a', 'a', 2, audit('a', 'remove'))
        expect(await adapter.get('firm-a', 'a')).toBeUndefined()
      } finally {
        await adapter.close()
      }
    })

    it('keeps meta documents with compare-and-swap versions', async () => {
      await reset()
      const adapter = harness().adapter()
      try {
        expect(await adapter.getMeta('firm-a', 'vault')).toBeUndefined()
        await adapter.putMeta('firm-a', 'vault', { format: 'a2f-vault', n: 1, list: [1, 'two'] }, 0)
        const taken = await expectStorageError(adapter.putMeta('firm-a', 'vault', {}, 0), 'CONFLICT')
        expect(taken.details).toEqual({ id: 'vault', expectedVersion: 0, actualVersion: 1 })
        await adapter.putMeta('firm-a', 'vault', ['an', 'array'], 1)
        expect(await adapter.getMeta('firm-a', 'vault')).toEqual({ value: ['an', 'array'], version: 2 })
        await expectStorageError(adapter.putMeta('firm-a', 'vault', {}, 1), 'CONFLICT')
        const missing = await expectStorageError(adapter.putMeta('firm-a', 'other', {}, 3), 'CONFLICT')
        expect(missing.details).toEqual({ id: 'other', expectedVersion: 3 })
        expect(await adapter.getMeta('firm-b', 'vault')).toBeUndefined()
      } finally {
        await adapter.close()
      }
    })
  })

  describe('tenants and audit in SQL', () => {
    it('writes an audit row per create, update, validate, reveal and remove: actor, field names, no value', async () => {
      await reset()
      const adapter = harness().adapter()
      try {
        const store = await testStore(adapter, 'firm-a', 'ana')
        const { id } = await store.create({
          issuer: 'TRF4',
          account: 'RS012345',
          secret: COURT_KEY,
          password: COURT_PASSWORD,
        })
        await store.update(id, { notes: 'n', password: COURT_PASSWORD }, { expectedVersion: 1 })
        await store.update(id, { status: 'validated' }, { expectedVersion: 2 })
        const sealed = await harness().sql.query<{ secret_sealed: string; password_sealed: string }>(
          'select secret_sealed, password_sealed from a2f_credentials where tenant = $1 and id = $2',
          ['firm-a', id],
        )
        await store.get(id)
        await store.remove(id)
        const { rows } = await harness().sql.query(
          'select tenant, credential_id, actor, action, fields, at from a2f_audit order by id',
        )
        expect(rows.map(({ at: _at, ...row }) => row)).toEqual([
          { tenant: 'firm-a', credential_id: id, actor: 'ana', action: 'create', fields: null },
          {
            tenant: 'firm-a',
            credential_id: id,
            actor: 'ana',
            action: 'update',
            fields: ['notes', 'password'],
          },
          { tenant: 'firm-a', credential_id: id, actor: 'ana', action: 'validate', fields: ['status'] },
          { tenant: 'firm-a', credential_id: id, actor: 'ana', action: 'reveal', fields: null },
          { tenant: 'firm-a', credential_id: id, actor: 'ana', action: 'remove', fields: null },
        ])
        const text = JSON.stringify(rows)
        expectNoSecretIn(text)
        expect(text).not.toContain(sealed.rows[0]!.secret_sealed)
        expect(text).not.toContain(sealed.rows[0]!.password_sealed)
      } finally {
        await adapter.close()
      }
    })

    it("leaves tenant B's rows, audit and meta untouched by everything tenant A does", async () => {
      await reset()
      const adapter = harness().adapter()
      const snapshot = async () => {
        const sql = harness().sql
        return {
          rows: (await sql.query("select * from a2f_credentials where tenant = 'firm-b' order by id")).rows,
          audit: (await sql.query("select * from a2f_audit where tenant = 'firm-b' order by id")).rows,
          meta: (await sql.query("select * from a2f_meta where tenant = 'firm-b' order by key")).rows,
        }
      }
      try {
        await adapter.insert('firm-b', sampleRow('shared'), audit('shared'))
        await adapter.insert('firm-b', sampleRow('b-only'), audit('b-only'))
        await adapter.putMeta('firm-b', 'vault', { owner: 'b' }, 0)
        const before = await snapshot()
        expect(before.rows).toHaveLength(2)

        await adapter.insert('firm-a', sampleRow('shared', { issuer: 'A' }), audit('shared'))
        await adapter.replace('firm-a', sampleRow('shared', { version: 2 }), 1, audit('shared', 'update'))
        await adapter.appendAudit('firm-a', { ...audit('b-only'), action: 'reveal' })
        await adapter.putMeta('firm-a', 'vault', { owner: 'a' }, 0)
        await adapter.putMeta('firm-a', 'vault', { owner: 'a2' }, 1)
        await expectStorageError(
          adapter.replace('firm-a', sampleRow('b-only', { version: 2 }), 1, audit('b-only', 'update')),
          'NOT_FOUND',
        )
        await expectStorageError(adapter.delete('firm-a', 'b-only', undefined, audit('b-only')), 'NOT_FOUND')
        expect(await adapter.get('firm-a', 'b-only')).toBeUndefined()
        expect(await adapter.list('firm-a', { ids: ['b-only'] })).toEqual([])
        await adapter.delete('firm-a', 'shared', 2, audit('shared', 'remove'))

        expect(await snapshot()).toEqual(before)
        expect(await adapter.listAudit('firm-b')).toHaveLength(2)
        expect(await adapter.getMeta('firm-b', 'vault')).toEqual({ value: { owner: 'b' }, version: 1 })
      } finally {
        await adapter.close()
      }
    })

    it('scopes every statement to the tenant as $1, and binds every value', async () => {
      await reset()
      const statements: { text: string; params: readonly unknown[] }[] = []
      const recording = recordingClient(harness().sql, statements)
      const adapter = createSqlAdapter(recording, 'recording')
      const tenant = 'tenant-x9'
      const row = sampleRow('cred-x9', { notes: 'note-x9' })
      try {
        await adapter.migrate()
        statements.length = 0
        await adapter.insert(tenant, row, audit(row.id))
        await adapter.list(tenant, { owner: row.owner!, ids: [row.id] })
        await adapter.listKeys!(tenant, { owner: row.owner!, ids: [row.id] })
        await adapter.get(tenant, row.id)
        await adapter.replace(tenant, { ...row, version: 2 }, 1, audit(row.id, 'update'))
        await expectStorageError(adapter.replace(tenant, row, 1, audit(row.id, 'update')), 'CONFLICT')
        await adapter.appendAudit(tenant, { ...audit(row.id), action: 'reveal' })
        await adapter.listAudit(tenant, { credentialId: row.id, limit: 5 })
        await adapter.putMeta(tenant, 'meta-x9', { v: 'value-x9' }, 0)
        await adapter.putMeta(tenant, 'meta-x9', { v: 'value-x9' }, 1)
        await expectStorageError(adapter.putMeta(tenant, 'meta-x9', {}, 1), 'CONFLICT')
        await adapter.getMeta(tenant, 'meta-x9')
        await adapter.delete(tenant, row.id, 2, audit(row.id, 'remove'))
        await expectStorageError(adapter.delete(tenant, row.id, undefined, audit(row.id)), 'NOT_FOUND')

        const onTables = statements.filter((statement) => /a2f_(credentials|audit|meta)/.test(statement.text))
        expect(onTables.length).toBeGreaterThanOrEqual(18)
        for (const { text, params } of onTables) {
          expect(params[0], text).toBe(tenant)
          expect(text, text).toMatch(/where tenant = \$1\b|\(tenant, /)
        }
        for (const { text } of statements) {
          for (const value of [tenant, row.id, row.secret, row.notes!, 'meta-x9', 'value-x9']) {
            expect(text).not.toContain(value)
          }
        }
      } finally {
        await adapter.close()
      }
    })
  })

  describe('events', () => {
    it("reports another adapter's changes as remote, its own as local, and only its tenant's", async () => {
      await reset()
      const mine = harness().adapter()
      const theirs = harness().adapter()
      try {
        const seen: ChangeEvent[] = []
        const own: ChangeEvent[] = []
        const unsubscribe = mine.subscribe!('firm-a', (event) => seen.push(event))
        theirs.subscribe!('firm-a', (event) => own.push(event))
        // Both listen before the writes, so an echo of their own notices to `theirs` would be seen.
        await waitFor(() => harness().listening(2))
        await theirs.insert('firm-b', sampleRow('other-tenant'), audit('other-tenant'))
        await theirs.insert('firm-a', sampleRow('a'), audit('a'))
        await theirs.replace('firm-a', sampleRow('a', { version: 2 }), 1, audit('a', 'update'))
        await theirs.delete('firm-a', 'a', undefined, audit('a', 'remove'))
        await waitFor(async () => seen.length >= 3)
        // Numbered in the tenant: firm-b's change has its own sequence.
        expect(seen).toEqual([
          { type: 'created', id: 'a', version: 1, seq: 1, remote: true },
          { type: 'updated', id: 'a', version: 2, seq: 2, remote: true },
          { type: 'removed', id: 'a', version: 2, seq: 3, remote: true },
        ])
        // Its own changes once each, straight after the commit, without `remote` (no echo from NOTIFY).
        expect(own).toEqual([
          { type: 'created', id: 'a', version: 1, seq: 1 },
          { type: 'updated', id: 'a', version: 2, seq: 2 },
          { type: 'removed', id: 'a', version: 2, seq: 3 },
        ])
        unsubscribe()
        await theirs.insert('firm-a', sampleRow('b'), audit('b'))
        await new Promise((resolve) => setTimeout(resolve, 100))
        expect(seen).toHaveLength(3)
        expect(own).toHaveLength(4)
      } finally {
        await mine.close()
        await theirs.close()
      }
    })

    it('does not notify a write that was rolled back', async () => {
      await reset()
      const mine = harness().adapter()
      const theirs = harness().adapter()
      try {
        const seen: ChangeEvent[] = []
        mine.subscribe!('firm-a', (event) => seen.push(event))
        await waitFor(() => harness().listening(1))
        await theirs.insert('firm-a', sampleRow('a'), audit('a'))
        await expectStorageError(
          theirs.replace('firm-a', sampleRow('a', { version: 2 }), 1, {
            ...audit('a'),
            action: 'x' as never,
          }),
          'INVALID_INPUT',
        )
        await theirs.delete('firm-a', 'a', 1, audit('a', 'remove'))
        await waitFor(async () => seen.length >= 2)
        expect(seen.map((event) => event.type)).toEqual(['created', 'removed'])
      } finally {
        await mine.close()
        await theirs.close()
      }
    })
  })
}

/** A client that records every statement an adapter sends. */
function recordingClient(
  inner: SqlClient,
  statements: { text: string; params: readonly unknown[] }[],
): SqlClient {
  return {
    query: (text, params = []) => {
      statements.push({ text, params })
      return inner.query(text, params)
    },
    exec: (script) => {
      statements.push({ text: script, params: [] })
      return inner.exec(script)
    },
    transaction: (fn) =>
      inner.transaction((tx) =>
        fn({
          query: (text, params = []) => {
            statements.push({ text, params })
            return tx.query(text, params)
          },
          exec: (script) => {
            statements.push({ text: script, params: [] })
            return tx.exec(script)
          },
        }),
      ),
  }
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const start = Date.now()
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for a condition')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
