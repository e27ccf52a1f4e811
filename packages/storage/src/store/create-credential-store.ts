import { totpWindow } from '@a2f/core'
import { isStorageError, storageError, type UnreadableReason } from '../errors.js'
import { open, openNow, seal, sealedKeyId, type SealContext } from '../crypto/sealed-value.js'
import type { SealingKeys } from '../crypto/sealing-keys.js'
import { utf8 } from '../crypto/webcrypto.js'
import type { Credential, CredentialInput, CredentialQuery } from '../model/credential.js'
import type {
  CredentialCode,
  CredentialStore,
  IntegrityReport,
  UnreadableRecord,
} from '../model/credential-store.js'
import type {
  AdapterFilter,
  AuditEntry,
  ChangeEvent,
  StorageAdapter,
  StoredCredential,
  StoredKey,
} from './adapter.js'
import { applyPatch } from './apply-patch.js'
import { checkAuditQuery, checkQuery, checkSince } from './check-query.js'
import { openChangeFeed } from './change-feed.js'
import { checkMinRemaining, readClaimOptions } from './claim-options.js'
import { cachedClaimKey } from './code-claim.js'
import { cachedGenerator } from './generator-cache.js'
import { createMany } from './create-many.js'
import { mapConcurrent } from './map-concurrent.js'
import { draftRow, sealDraft, type RowContext } from './new-row.js'
import * as check from './normalize-input.js'
import { readStoredKey, readStoredRow, rowId, toSummary } from './stored-row.js'
import { matchesText, queryWords } from './text-match.js'

/** Keys opened at once by `codes` and `inspect` (see `mapConcurrent`). */
const OPEN_CONCURRENCY = 32

/**
 * Claims made for one `claimCode` call when the backend answered so late that the counter it granted
 * has less than `minRemainingMs` left (the counter is then simply skipped: nobody else gets it either).
 */
const MAX_CLAIM_ATTEMPTS = 5

export interface CredentialStoreOptions {
  adapter: StorageAdapter
  /** Where sealing keys come from: `unlockVault(...)`/`createVault(...)` or `createMasterKeyring(...)`. */
  keys: SealingKeys
  /** Every read and write is scoped to this tenant. Defaults to 'default'. One line, 1 to 200 characters. */
  tenant?: string
  /**
   * Who acts (a user id), written to the audit trail and to `createdBy`/`updatedBy`/`validatedBy`. One
   * line, at most 200 characters (those fields' limit).
   */
  actor?: string
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number
}

/** What `rotateKeys` did. */
export interface RotationReport {
  resealed: number
  unreadable: UnreadableRecord[]
  /** Records changed by someone else during the rotation and still on an old key: run it again. */
  conflicts: string[]
}

export interface SealedCredentialStore extends CredentialStore {
  /** Re-seals every record whose secret or password is sealed with a key other than the current one. */
  rotateKeys(): Promise<RotationReport>
}

/**
 * A credential store over an adapter: secrets are sealed here, before the adapter sees them, and opened
 * here, after it returns them. See `CredentialStore` for the methods.
 */
export function createCredentialStore(options: CredentialStoreOptions): SealedCredentialStore {
  const { adapter, keys } = options
  // Checked here, once: both reach every backend statement (and `createdBy`…), see `text-rule.ts`.
  const tenant = check.lineText('tenant', options.tenant ?? 'default')
  const actor =
    options.actor === undefined || options.actor === ''
      ? options.actor
      : check.lineText('actor', options.actor)
  const now = options.now ?? Date.now
  const localListeners = new Set<(event: ChangeEvent) => void>()

  const context = (recordId: string, field: 'secret' | 'password'): SealContext => ({
    tenant,
    recordId,
    field,
  })
  const audit = (action: AuditEntry['action'], credentialId: string, fields?: string[]): AuditEntry => ({
    at: now(),
    action,
    credentialId,
    ...(actor === undefined ? {} : { actor }),
    ...(fields === undefined ? {} : { fields }),
  })
  const rowContext = (): RowContext => ({ keys, tenant, actor, time: now() })
  const emit = (event: ChangeEvent) => {
    // Adapters that report changes themselves reach subscribers through `adapter.subscribe`.
    if (adapter.subscribe === undefined) for (const listener of localListeners) listener(event)
  }

  async function readRow(id: string): Promise<StoredCredential> {
    if (!check.isPossibleId(id)) throw storageError('NOT_FOUND', { id: String(id) })
    const raw = await adapter.get(tenant, id)
    if (raw === undefined) throw storageError('NOT_FOUND', { id })
    const row = readStoredRow(raw)
    if (row === undefined || row.id !== id) throw storageError('UNREADABLE_RECORD', { id, reason: 'FORMAT' })
    return row
  }

  /** The TOTP key alone: what `codes` and `claimCode` need (the court password stays sealed). */
  const openSecret = (row: StoredKey): Promise<Uint8Array> =>
    open(keys, row.secret, context(row.id, 'secret'))

  async function openRow(row: StoredCredential): Promise<{ secret: Uint8Array; password?: string }> {
    const secret = await openSecret(row)
    if (row.password === undefined) return { secret }
    const password = await open(keys, row.password, context(row.id, 'password'))
    try {
      return { secret, password: utf8.decode(password) }
    } catch {
      throw storageError('UNREADABLE_RECORD', { id: row.id, reason: 'FORMAT' })
    }
  }

  /** The tenant's rows matching the query, oldest first, and the malformed ones by id. */
  async function readRows(given: CredentialQuery | undefined) {
    const query = checkQuery(given)
    const { rows, unreadable } = filterRows(
      query,
      await adapter.list(tenant, adapterFilter(query)),
      readStoredRow,
    )
    const words = queryWords(query.text)
    if (words.length === 0) return { rows, unreadable }
    return { rows: rows.filter((row) => matchesText(row, words)), unreadable }
  }

  /**
   * What `codes()` reads: only the `StoredKey` fields where the adapter can read less (`listKeys`), whole
   * rows otherwise and for a text query (it searches fields a `StoredKey` does not have).
   */
  async function readKeys(given: CredentialQuery | undefined) {
    const query = checkQuery(given)
    if (adapter.listKeys === undefined || queryWords(query.text).length > 0) return readRows(query)
    return filterRows(query, await adapter.listKeys(tenant, adapterFilter(query)), readStoredKey)
  }

  /** Rows read and checked, the query's equality filters applied again, oldest first. */
  function filterRows<T extends StoredKey>(
    query: CredentialQuery,
    raws: readonly unknown[],
    read: (raw: unknown) => T | undefined,
  ) {
    const rows: T[] = []
    const unreadable: UnreadableRecord[] = []
    const ids = query.ids === undefined ? undefined : new Set(query.ids)
    for (const raw of raws) {
      const row = read(raw)
      if (row === undefined) {
        unreadable.push({ id: rowId(raw) ?? '', reason: 'FORMAT' })
        continue
      }
      if (
        (query.systemId !== undefined && row.systemId !== query.systemId) ||
        (query.owner !== undefined && row.owner !== query.owner) ||
        (query.status !== undefined && row.status !== query.status) ||
        (ids !== undefined && !ids.has(row.id))
      )
        continue
      rows.push(row)
    }
    rows.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    return { rows, unreadable }
  }

  const generatorFor = (row: StoredKey) =>
    cachedGenerator(keys, { tenant, id: row.id, sealed: row.secret, otp: row.otp }, () => openSecret(row))
  /** The generator without waiting (cached, or its key opened on this thread), else undefined. */
  const generatorNow = (row: StoredKey) =>
    cachedGenerator.now(keys, { tenant, id: row.id, sealed: row.secret, otp: row.otp }, () =>
      openNow(keys, row.secret, context(row.id, 'secret')),
    )

  return {
    tenant,

    async list(query) {
      const { rows } = await readRows(query)
      return rows.map(toSummary)
    },

    async getSummary(id) {
      return toSummary(await readRow(id))
    },

    async get(id) {
      const row = await readRow(id)
      const opened = await openRow(row)
      await adapter.appendAudit(tenant, audit('reveal', id))
      const credential: Credential = { ...toSummary(row), secret: opened.secret }
      if (opened.password !== undefined) credential.password = opened.password
      return credential
    },

    async create(input: CredentialInput) {
      const context = rowContext()
      const row = await sealDraft(draftRow(input, context), context)
      await adapter.insert(tenant, row, audit('create', row.id))
      emit({ type: 'created', id: row.id, version: 1 })
      return toSummary(row)
    },

    createMany(inputs, manyOptions) {
      const context = { adapter, tenant, rowContext, audit: (id: string) => audit('create', id), emit }
      return createMany(context, inputs, manyOptions)
    },

    async update(id, patch, writeOptions) {
      // An impossible id first, as the HTTP client (which cannot put it in a URL) answers it.
      if (!check.isPossibleId(id)) throw storageError('NOT_FOUND', { id: String(id) })
      check.checkPatch(patch)
      const expectedVersion = checkVersion(writeOptions?.expectedVersion, true)!
      const current = await readRow(id)
      if (current.version !== expectedVersion) {
        throw storageError('CONFLICT', { id, expectedVersion, actualVersion: current.version })
      }
      const patched = applyPatch(current, patch, { now: now(), actor })
      const next: StoredCredential = {
        ...patched.row,
        secret:
          patched.newSecret === undefined
            ? current.secret
            : await seal(keys, patched.newSecret, context(id, 'secret')),
      }
      const password =
        patched.newPassword === undefined
          ? current.password
          : patched.newPassword === null
            ? undefined
            : await seal(keys, utf8.encode(patched.newPassword), context(id, 'password'))
      if (password !== undefined) next.password = password
      await adapter.replace(tenant, next, expectedVersion, audit(patched.action, id, Object.keys(patch)))
      emit({ type: 'updated', id, version: next.version })
      return toSummary(next)
    },

    async remove(id, writeOptions) {
      if (!check.isPossibleId(id)) throw storageError('NOT_FOUND', { id: String(id) })
      const expectedVersion = checkVersion(writeOptions?.expectedVersion, false)
      await adapter.delete(tenant, id, expectedVersion, audit('remove', id))
      emit({ type: 'removed', id, version: expectedVersion ?? 0 })
    },

    async codes(query = {}) {
      const timestamp = query?.timestamp ?? now()
      const { rows, unreadable } = await readKeys(query)
      // Keys cached or opened on this thread first (Node), in one pass without a promise each; the rest
      // (WebCrypto: browsers) 32 at a time.
      const generators: (Generator | UnreadableReason)[] = new Array(rows.length)
      const later: number[] = []
      rows.forEach((row, index) => {
        try {
          const generator = generatorNow(row)
          if (generator === undefined) later.push(index)
          else generators[index] = generator
        } catch (error) {
          generators[index] = unreadableReason(error)
        }
      })
      await mapConcurrent(later, OPEN_CONCURRENCY, async (index) => {
        generators[index] = await generatorFor(rows[index]!).catch(unreadableReason)
      })
      const codes: CredentialCode[] = []
      // Core's window arithmetic (RFC 6238 §4.2), the one every layer uses: once per period, not per row.
      const windows = new Map<number, ReturnType<typeof totpWindow>>()
      rows.forEach((row, index) => {
        const totp = generators[index]!
        if (typeof totp === 'string') {
          unreadable.push({ id: row.id, reason: totp })
          return
        }
        const period = row.otp.period
        let window = windows.get(period)
        if (window === undefined) {
          window = totpWindow({ timestamp, period })
          windows.set(period, window)
        }
        codes.push({
          id: row.id,
          code: totp.at(timestamp),
          counter: window.counter,
          validFrom: window.startsAt,
          validUntil: window.endsAt,
          nextCode: totp.at(window.endsAt),
        })
      })
      return { codes, unreadable }
    },

    async claimCode(id, claimOptions) {
      if (!check.isPossibleId(id)) throw storageError('NOT_FOUND', { id: String(id) })
      const { minRemainingMs } = readClaimOptions(claimOptions)
      const row = await readRow(id)
      const periodMs = row.otp.period * 1000
      checkMinRemaining(minRemainingMs, periodMs)
      if (adapter.claimCounter === undefined) {
        throw storageError('UNAVAILABLE', { operation: 'claimCode', adapter: adapter.name })
      }
      const { generator, fingerprint } = await cachedClaimKey(
        keys,
        { tenant, id: row.id, sealed: row.secret, otp: row.otp },
        () => openSecret(row),
      )
      for (let attempt = 1; attempt <= MAX_CLAIM_ATTEMPTS; attempt += 1) {
        const timestamp = now()
        // The counter this caller would like; the backend grants it or, if someone got there first, the
        // one after the last claimed. One statement, no lock held while the caller waits for the window.
        const wanted = generator.codeForSubmission({ timestamp, minRemainingMs }).counter
        const counter = await adapter.claimCounter(tenant, fingerprint, wanted, audit('claim-code', id))
        // counter >= wanted, so this is exactly the claimed counter's code and window.
        const claimed = generator.codeForSubmission({ timestamp, minRemainingMs, lastCounter: counter - 1 })
        const answeredAt = now()
        if (claimed.validUntil - answeredAt >= minRemainingMs) {
          return { ...claimed, waitMs: Math.max(0, claimed.validUntil - periodMs - answeredAt) }
        }
      }
      throw storageError('UNAVAILABLE', { operation: 'claimCode', adapter: adapter.name })
    },

    async inspect(): Promise<IntegrityReport> {
      const { rows, unreadable } = await readRows({})
      const failures = await mapConcurrent(rows, OPEN_CONCURRENCY, async (row) => {
        try {
          const { secret } = await openRow(row)
          secret.fill(0)
          return undefined
        } catch (error) {
          if (!isStorageError(error, 'UNREADABLE_RECORD')) throw error
          return { id: row.id, reason: error.details.reason }
        }
      })
      const found = failures.filter((failure) => failure !== undefined)
      unreadable.push(...found)
      return { readable: rows.length - found.length, unreadable }
    },

    async history(query) {
      const checked = checkAuditQuery(query)
      return checked === 'none' ? [] : adapter.listAudit(tenant, checked)
    },

    subscribe(listener, options = {}) {
      const since = checkSince(options.since)
      if (adapter.subscribe !== undefined && adapter.readChanges !== undefined) {
        const log = {
          subscribe: adapter.subscribe.bind(adapter),
          readChanges: adapter.readChanges.bind(adapter),
        }
        return openChangeFeed(log, tenant, listener, since)
      }
      // Without a log there is nothing to replay: events as they come.
      if (adapter.subscribe !== undefined) return adapter.subscribe(tenant, listener)
      const wrapper = (event: ChangeEvent) => listener(event)
      localListeners.add(wrapper)
      return () => localListeners.delete(wrapper)
    },

    async rotateKeys(): Promise<RotationReport> {
      const report: RotationReport = { resealed: 0, unreadable: [], conflicts: [] }
      const { rows, unreadable } = await readRows({})
      report.unreadable.push(...unreadable)
      const current = keys.currentKeyId
      for (const row of rows) {
        const stale =
          sealedKeyId(row.secret) !== current ||
          (row.password !== undefined && sealedKeyId(row.password) !== current)
        if (!stale) continue
        let opened: { secret: Uint8Array; password?: string }
        try {
          opened = await openRow(row)
        } catch (error) {
          if (!isStorageError(error, 'UNREADABLE_RECORD')) throw error
          report.unreadable.push({ id: row.id, reason: error.details.reason })
          continue
        }
        const next: StoredCredential = {
          ...row,
          secret: await seal(keys, opened.secret, context(row.id, 'secret')),
          version: row.version + 1,
          updatedAt: now(),
        }
        if (opened.password !== undefined) {
          next.password = await seal(keys, utf8.encode(opened.password), context(row.id, 'password'))
        }
        opened.secret.fill(0)
        try {
          await adapter.replace(tenant, next, row.version, audit('reseal', row.id))
          report.resealed += 1
          emit({ type: 'updated', id: row.id, version: next.version })
        } catch (error) {
          if (!isStorageError(error, 'CONFLICT') && !isStorageError(error, 'NOT_FOUND')) throw error
          if (isStorageError(error, 'CONFLICT')) report.conflicts.push(row.id)
        }
      }
      return report
    },
  }
}

/** The equality filters an adapter may apply itself (the store applies them again). */
function adapterFilter(query: CredentialQuery): AdapterFilter {
  const filter: AdapterFilter = {}
  if (query.systemId !== undefined) filter.systemId = query.systemId
  if (query.owner !== undefined) filter.owner = query.owner
  if (query.status !== undefined) filter.status = query.status
  if (query.ids !== undefined) filter.ids = query.ids
  return filter
}

/**
 * Versions start at 1 and grow by one per change; they are kept in PostgreSQL `integer` columns, so none
 * is above 2^31 − 1, and a larger expected version is refused the same on every backend.
 */
const MAX_VERSION = 2_147_483_647

function checkVersion(value: unknown, required: boolean): number | undefined {
  if (value === undefined && !required) return undefined
  if (!Number.isSafeInteger(value) || (value as number) < 1 || (value as number) > MAX_VERSION) {
    throw storageError('INVALID_INPUT', {
      field: 'expectedVersion',
      reason: `the version read, an integer from 1 to ${MAX_VERSION}`,
    })
  }
  return value as number
}

type Generator = Awaited<ReturnType<typeof cachedGenerator>>

/** The reason of an unreadable record's error; any other error is thrown on. */
function unreadableReason(error: unknown): UnreadableReason {
  if (!isStorageError(error, 'UNREADABLE_RECORD')) throw error
  return error.details.reason
}
