import { encodeBase32, isA2FError, totp } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import { isStorageError, type StorageErrorCode } from '../../errors.js'
import type { CredentialStore, StoreEvent } from '../../model/credential-store.js'
import { claimCodeContract } from './claim-code-contract.js'
import { changeLogContract } from './change-log-contract.js'
import { createManyContract } from './create-many-contract.js'
import { sameOutcomeContract } from './same-outcome-contract.js'
import { useFreshBackend, type ContractBackend, type ContractSubject } from './subject.js'

/** A key as eproc shows it: 32 characters in groups of 4 (RFC 6238's SHA-1 test key). */
export const COURT_KEY = 'GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ'
export const COURT_KEY_BYTES = new TextEncoder().encode('12345678901234567890')
export const COURT_PASSWORD = 'senha-do-tribunal-Ω-1'

/** Rejects with the storage error `code`, and returns it for further checks. */
export async function expectStorageError<C extends StorageErrorCode>(promise: Promise<unknown>, code: C) {
  const error = await promise.then(
    () => {
      throw new Error(`expected ${code}, but it succeeded`)
    },
    (error: unknown) => error,
  )
  if (!isStorageError(error, code))
    throw new Error(`expected ${code}, got ${String(error)}`, { cause: error })
  return error
}

/** Everything an error exposes, cause chain included, as one string: it must never hold a secret. */
export function exposedText(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current !== undefined && current !== null && depth < 8; depth += 1) {
    if (current instanceof Error) {
      parts.push(current.name, current.message, String(current.stack), JSON.stringify(current))
      parts.push(JSON.stringify((current as { details?: unknown }).details ?? null))
      current = current.cause
    } else {
      parts.push(typeof current === 'string' ? current : JSON.stringify(current))
      break
    }
  }
  return parts.join('\n')
}

export function expectNoSecretIn(text: string): void {
  const base32 = encodeBase32(COURT_KEY_BYTES)
  expect(text).not.toContain(base32)
  expect(text).not.toContain(base32.slice(0, 16))
  expect(text).not.toContain(COURT_KEY)
  expect(text).not.toContain(COURT_PASSWORD)
  expect(text).not.toContain('12345678901234567890')
}

/** The contract every backend passes, the same-input-same-outcome and code-claim cases included. */
export function storeContract(subject: ContractSubject): void {
  sameOutcomeContract(subject)
  claimCodeContract(subject)
  createManyContract(subject)
  if (subject.changeLog !== false) changeLogContract(subject)
  describe(`${subject.name}: credential store contract`, () => {
    let backend: ContractBackend
    let store: CredentialStore
    useFreshBackend(subject, (fresh, freshStore) => {
      backend = fresh
      store = freshStore
    })

    // Lists are ordered by creation time (ties by id): a new millisecond for each credential makes the
    // expected order certain. The wait is measured from the previous credential's own stamp (taken after
    // its sealing), not from when it was asked for: two creations a sealing apart could share a stamp.
    let lastCreatedAt = 0
    const createCourtCredential = async (overrides: Record<string, unknown> = {}) => {
      while (Date.now() <= lastCreatedAt) await new Promise((resolve) => setTimeout(resolve, 1))
      const created = await store.create({
        systemId: 'trf4-eproc-1g',
        issuer: 'TRF4',
        account: 'RS012345',
        owner: 'Dra. Conceição Araújo',
        secret: COURT_KEY,
        password: COURT_PASSWORD,
        personalEmail: 'conceicao@gmail.com',
        ...overrides,
      })
      lastCreatedAt = Math.max(lastCreatedAt, created.createdAt)
      return created
    }

    describe('create, read, list', () => {
      it('creates a pending credential at version 1 and returns a summary without secrets', async () => {
        const summary = await createCourtCredential()
        expect(summary).toMatchObject({
          systemId: 'trf4-eproc-1g',
          issuer: 'TRF4',
          account: 'RS012345',
          owner: 'Dra. Conceição Araújo',
          otp: { algorithm: 'SHA1', digits: 6, period: 30 },
          hasPassword: true,
          status: 'pending',
          personalEmail: 'conceicao@gmail.com',
          createdBy: 'ana',
          version: 1,
        })
        expect(summary.id).toMatch(/^[0-9a-f-]{36}$/)
        expect(summary).not.toHaveProperty('secret')
        expect(summary).not.toHaveProperty('password')
        expectNoSecretIn(JSON.stringify(summary))
      })

      it('opens the secret and the password with get', async () => {
        const { id } = await createCourtCredential()
        const credential = await store.get(id)
        expect(Array.from(credential.secret)).toEqual(Array.from(COURT_KEY_BYTES))
        expect(credential.password).toBe(COURT_PASSWORD)
        expect(credential.id).toBe(id)
      })

      it('accepts raw bytes, and an otpauth URI whose parameters and names fill the gaps', async () => {
        const fromBytes = await store.create({ issuer: 'TJRS', account: '123', secret: COURT_KEY_BYTES })
        expect(Array.from((await store.get(fromBytes.id)).secret)).toEqual(Array.from(COURT_KEY_BYTES))
        const uri = `otpauth://totp/TJSC:joao?secret=${encodeBase32(COURT_KEY_BYTES)}&issuer=TJSC&digits=8&period=60`
        const fromUri = await store.create({ issuer: '', account: '', secret: uri })
        expect(fromUri).toMatchObject({ issuer: 'TJSC', account: 'joao', otp: { digits: 8, period: 60 } })
      })

      it('keeps a given creation time and creator (imports), and stamps the update as now', async () => {
        const imported = await createCourtCredential({
          createdAt: 1_700_000_000_000,
          createdBy: 'escritorio-antigo',
        })
        expect(imported).toMatchObject({
          createdAt: 1_700_000_000_000,
          createdBy: 'escritorio-antigo',
          updatedBy: 'ana',
        })
        expect(imported.updatedAt).toBeGreaterThan(1_700_000_000_000)
        await expectStorageError(createCourtCredential({ createdAt: -1 }), 'INVALID_INPUT')
      })

      it('lists summaries oldest first and lists nothing secret', async () => {
        const first = await createCourtCredential()
        const second = await createCourtCredential({
          issuer: 'TJRS',
          account: 'joao.silva',
          owner: 'João Silva',
        })
        const listed = await store.list()
        expect(listed.map((item) => item.id)).toEqual([first.id, second.id])
        expectNoSecretIn(JSON.stringify(listed))
        expect(listed[1]).toEqual(await store.getSummary(second.id))
      })

      it('filters by accent-insensitive text, status, owner, system and ids', async () => {
        const a = await createCourtCredential()
        const b = await createCourtCredential({
          systemId: 'tjrs-eproc-1g',
          issuer: 'TJRS',
          account: 'joao.silva',
          owner: 'João Silva',
          status: 'validated',
        })
        const ids = async (query: Parameters<CredentialStore['list']>[0]) =>
          (await store.list(query)).map((item) => item.id)
        expect(await ids({ text: 'conceicao ARAUJO' })).toEqual([a.id])
        expect(await ids({ text: 'joão' })).toEqual([b.id])
        expect(await ids({ status: 'validated' })).toEqual([b.id])
        expect(await ids({ owner: 'Dra. Conceição Araújo' })).toEqual([a.id])
        expect(await ids({ systemId: 'tjrs-eproc-1g' })).toEqual([b.id])
        expect(await ids({ ids: [b.id, 'missing'] })).toEqual([b.id])
        expect(await ids({ text: 'nobody' })).toEqual([])
      })

      it('refuses a taken id, unknown ids and bad input with typed errors', async () => {
        await createCourtCredential({ id: 'cred-1' })
        await expectStorageError(createCourtCredential({ id: 'cred-1' }), 'ALREADY_EXISTS')
        await expectStorageError(store.get('nope'), 'NOT_FOUND')
        await expectStorageError(store.getSummary('nope'), 'NOT_FOUND')
        await expectStorageError(store.update('nope', { notes: 'x' }, { expectedVersion: 1 }), 'NOT_FOUND')
        await expectStorageError(store.remove('nope'), 'NOT_FOUND')
        const blank = await expectStorageError(createCourtCredential({ issuer: '  ' }), 'INVALID_INPUT')
        expect(blank.details.field).toBe('issuer')
        const email = await expectStorageError(
          createCourtCredential({ personalEmail: 'not-mail' }),
          'INVALID_INPUT',
        )
        expect(email.details.field).toBe('personalEmail')
        await expectStorageError(createCourtCredential({ id: 'a b/c' }), 'INVALID_INPUT')
        await expectStorageError(createCourtCredential({ id: '..' }), 'INVALID_INPUT')
        const badKey = await createCourtCredential({ secret: 'GEZD GNBV GY3T QOJ0' }).catch(
          (error: unknown) => error,
        )
        expect(isA2FError(badKey, 'SECRET_INVALID_CHARACTER')).toBe(true)
        expect(await store.list()).toHaveLength(1)
      })
    })

    describe('optimistic concurrency', () => {
      it('updates at the expected version and bumps it', async () => {
        const created = await createCourtCredential()
        const updated = await store.update(
          created.id,
          { notes: 'Login com certificado A3' },
          { expectedVersion: 1 },
        )
        expect(updated).toMatchObject({ notes: 'Login com certificado A3', version: 2, updatedBy: 'ana' })
        expect(updated.updatedAt).toBeGreaterThanOrEqual(created.updatedAt)
        expect(await store.getSummary(created.id)).toEqual(updated)
      })

      it('refuses a stale version with ConflictError and changes nothing', async () => {
        const created = await createCourtCredential()
        await store.update(created.id, { label: 'Escritório' }, { expectedVersion: 1 })
        const conflict = await expectStorageError(
          store.update(created.id, { label: 'Outro' }, { expectedVersion: 1 }),
          'CONFLICT',
        )
        expect(conflict.name).toBe('ConflictError')
        expect(conflict.details).toMatchObject({ id: created.id, expectedVersion: 1, actualVersion: 2 })
        expect(await store.getSummary(created.id)).toMatchObject({ label: 'Escritório', version: 2 })
      })

      it('lets exactly one of two concurrent writers win (two tabs, two robots)', async () => {
        const created = await createCourtCredential()
        const other = await backend.store('firm-a', 'bruno')
        const results = await Promise.allSettled([
          store.update(created.id, { notes: 'from Ana' }, { expectedVersion: 1 }),
          other.update(created.id, { notes: 'from Bruno' }, { expectedVersion: 1 }),
        ])
        const won = results.filter((result) => result.status === 'fulfilled')
        const lost = results.filter((result) => result.status === 'rejected')
        expect(won).toHaveLength(1)
        expect(lost).toHaveLength(1)
        expect(isStorageError((lost[0] as PromiseRejectedResult).reason, 'CONFLICT')).toBe(true)
        const stored = await store.getSummary(created.id)
        expect(stored.version).toBe(2)
        expect(stored.notes).toBe((won[0] as PromiseFulfilledResult<{ notes?: string }>).value.notes)
      })

      it('removes only at the expected version', async () => {
        const created = await createCourtCredential()
        await store.update(created.id, { notes: 'changed' }, { expectedVersion: 1 })
        await expectStorageError(store.remove(created.id, { expectedVersion: 1 }), 'CONFLICT')
        expect(await store.list()).toHaveLength(1)
        await store.remove(created.id, { expectedVersion: 2 })
        expect(await store.list()).toEqual([])
        await expectStorageError(store.get(created.id), 'NOT_FOUND')
      })

      it('requires an expected version on update', async () => {
        const created = await createCourtCredential()
        await expectStorageError(
          store.update(created.id, { notes: 'x' }, {} as { expectedVersion: number }),
          'INVALID_INPUT',
        )
      })
    })

    describe('updates', () => {
      it('marks validated with when and by whom, and clears optional fields with null', async () => {
        const created = await createCourtCredential({ label: 'Principal' })
        const validated = await store.update(
          created.id,
          { status: 'validated', label: null, password: null },
          { expectedVersion: 1 },
        )
        expect(validated.status).toBe('validated')
        expect(validated.validatedBy).toBe('ana')
        expect(validated.validatedAt).toBeGreaterThan(0)
        expect(validated).not.toHaveProperty('label')
        expect(validated.hasPassword).toBe(false)
        expect((await store.get(created.id)).password).toBeUndefined()
      })

      it('re-keys with a new secret and keeps the rest', async () => {
        const created = await createCourtCredential()
        const newKey = new Uint8Array(20).fill(7)
        const rekeyed = await store.update(created.id, { secret: newKey }, { expectedVersion: 1 })
        expect(rekeyed.version).toBe(2)
        const opened = await store.get(created.id)
        expect(Array.from(opened.secret)).toEqual(Array.from(newKey))
        expect(opened.password).toBe(COURT_PASSWORD)
      })

      it('refuses unknown patch fields and bad OTP parameters', async () => {
        const created = await createCourtCredential()
        await expectStorageError(
          store.update(created.id, { bogus: 1 } as never, { expectedVersion: 1 }),
          'INVALID_INPUT',
        )
        const bad = await store
          .update(created.id, { otp: { digits: 3 } }, { expectedVersion: 1 })
          .catch((error: unknown) => error)
        expect(isA2FError(bad, 'OPTION_INVALID')).toBe(true)
        expect((await store.getSummary(created.id)).version).toBe(1)
      })
    })

    describe('codes', () => {
      it('computes the current and next code where the key is', async () => {
        const created = await createCourtCredential()
        const timestamp = 59_000
        const result = await store.codes({ timestamp })
        expect(result.unreadable).toEqual([])
        expect(result.codes).toEqual([
          {
            id: created.id,
            code: totp(COURT_KEY_BYTES, { timestamp }),
            counter: 1,
            validFrom: 30_000,
            validUntil: 60_000,
            nextCode: totp(COURT_KEY_BYTES, { timestamp: 60_000 }),
          },
        ])
        expect(result.codes[0]!.code).toBe('287082') // RFC 6238 Appendix B, T = 59 s, 8 digits: 94287082
      })

      it('follows a re-key', async () => {
        const created = await createCourtCredential()
        const before = (await store.codes({ timestamp: 1_000_000 })).codes[0]!.code
        const newKey = new Uint8Array(20).fill(9)
        await store.update(created.id, { secret: newKey }, { expectedVersion: 1 })
        const after = (await store.codes({ timestamp: 1_000_000 })).codes[0]!.code
        expect(after).toBe(totp(newKey, { timestamp: 1_000_000 }))
        expect(after).not.toBe(before)
      })
    })

    describe('tenants', () => {
      it('keeps one tenant from reading, listing, updating or deleting another’s credentials', async () => {
        const mine = await createCourtCredential({ id: 'shared-id' })
        const intruder = await backend.store('firm-b', 'mallory')
        expect(await intruder.list()).toEqual([])
        expect((await intruder.codes()).codes).toEqual([])
        await expectStorageError(intruder.get(mine.id), 'NOT_FOUND')
        await expectStorageError(intruder.getSummary(mine.id), 'NOT_FOUND')
        await expectStorageError(
          intruder.update(mine.id, { notes: 'x' }, { expectedVersion: 1 }),
          'NOT_FOUND',
        )
        await expectStorageError(intruder.remove(mine.id), 'NOT_FOUND')
        // The same id is free in the other tenant, and stays separate.
        const theirs = await intruder.create({
          id: 'shared-id',
          issuer: 'TJSC',
          account: 'm',
          secret: new Uint8Array(20),
        })
        expect(theirs.issuer).toBe('TJSC')
        expect(await store.getSummary(mine.id)).toEqual(mine)
        expect(Array.from((await store.get(mine.id)).secret)).toEqual(Array.from(COURT_KEY_BYTES))
        expect(await intruder.history()).not.toContainEqual(expect.objectContaining({ actor: 'ana' }))
      })
    })

    describe('audit and events', () => {
      it('records who created, changed, validated, revealed and removed, never a value', async () => {
        const created = await createCourtCredential()
        await store.update(created.id, { notes: 'n' }, { expectedVersion: 1 })
        await store.update(created.id, { status: 'validated' }, { expectedVersion: 2 })
        await store.get(created.id)
        await store.remove(created.id)
        const history = await store.history({ credentialId: created.id })
        expect(history.map((entry) => entry.action)).toEqual([
          'create',
          'update',
          'validate',
          'reveal',
          'remove',
        ])
        expect(history.every((entry) => entry.actor === 'ana' && entry.at > 0)).toBe(true)
        expect(history[1]!.fields).toEqual(['notes'])
        expectNoSecretIn(JSON.stringify(history))
        expect(await store.history({ limit: 2 })).toEqual(history.slice(-2))
      })

      it('tells subscribers about every change', async () => {
        const events: StoreEvent[] = []
        const unsubscribe = store.subscribe((event) => events.push(event))
        const created = await createCourtCredential()
        await store.update(created.id, { notes: 'n' }, { expectedVersion: 1 })
        await store.remove(created.id)
        await waitFor(() => events.length >= 3)
        expect(events).toMatchObject([
          { type: 'created', id: created.id, version: 1 },
          { type: 'updated', id: created.id, version: 2 },
          { type: 'removed', id: created.id, version: expect.any(Number) },
        ])
        unsubscribe()
        await createCourtCredential()
        await new Promise((resolve) => setTimeout(resolve, 50))
        expect(events).toHaveLength(3)
      })
    })

    describe('corrupted and tampered records', () => {
      it('reports a corrupted ciphertext by id; every other record still lists and opens', async () => {
        const victim = await createCourtCredential()
        const healthy = await createCourtCredential({ account: 'other' })
        await backend.tamper('firm-a', victim.id, (row) => ({
          ...row,
          secret: flipCiphertextCharacter(row.secret),
        }))
        const unreadable = await expectStorageError(store.get(victim.id), 'UNREADABLE_RECORD')
        expect(unreadable.details).toEqual({ id: victim.id, reason: 'CIPHERTEXT' })
        expect((await store.list()).map((item) => item.id)).toEqual([victim.id, healthy.id])
        expect(Array.from((await store.get(healthy.id)).secret)).toEqual(Array.from(COURT_KEY_BYTES))
        expect(await store.inspect()).toEqual({
          readable: 1,
          unreadable: [{ id: victim.id, reason: 'CIPHERTEXT' }],
        })
        const codes = await store.codes()
        expect(codes.codes.map((code) => code.id)).toEqual([healthy.id])
        expect(codes.unreadable).toEqual([{ id: victim.id, reason: 'CIPHERTEXT' }])
      })

      it('refuses a sealed key moved from another record, field or tenant', async () => {
        const a = await createCourtCredential()
        const b = await createCourtCredential({ account: 'b', secret: new Uint8Array(20).fill(1) })
        const other = await backend.store('firm-b')
        const c = await other.create({ issuer: 'X', account: 'c', secret: new Uint8Array(20).fill(2) })
        let sealedA = ''
        let sealedPasswordA = ''
        await backend.tamper('firm-a', a.id, (row) => {
          sealedA = row.secret
          sealedPasswordA = row.password!
          return row
        })
        expect((await store.codes()).codes).toHaveLength(2) // prepared keys are cached from here on
        await backend.tamper('firm-a', b.id, (row) => ({ ...row, secret: sealedA }))
        await expectStorageError(store.get(b.id), 'UNREADABLE_RECORD')
        expect((await store.codes()).unreadable).toEqual([{ id: b.id, reason: 'CIPHERTEXT' }])
        await backend.tamper('firm-a', a.id, (row) => ({ ...row, secret: sealedPasswordA }))
        await expectStorageError(store.get(a.id), 'UNREADABLE_RECORD')
        await backend.tamper('firm-b', c.id, (row) => ({ ...row, secret: sealedA }))
        await expectStorageError(other.get(c.id), 'UNREADABLE_RECORD')
      })

      it('leaves a malformed row out of the list and reports it', async () => {
        const broken = await createCourtCredential()
        const fine = await createCourtCredential({ account: 'fine' })
        await backend.tamper('firm-a', broken.id, (row) => ({
          ...row,
          otp: { algorithm: 'MD5', digits: 6, period: 30 },
        }))
        expect((await store.list()).map((item) => item.id)).toEqual([fine.id])
        const error = await expectStorageError(store.get(broken.id), 'UNREADABLE_RECORD')
        expect(error.details.reason).toBe('FORMAT')
        expect((await store.inspect()).unreadable).toEqual([{ id: broken.id, reason: 'FORMAT' }])
      })
    })

    it('never puts a secret in an error message, its details or its cause', async () => {
      const created = await createCourtCredential()
      const errors: unknown[] = []
      const collect = (promise: Promise<unknown>) => promise.catch((error: unknown) => errors.push(error))
      await collect(createCourtCredential({ id: created.id }))
      await collect(
        store.update(created.id, { secret: COURT_KEY, password: COURT_PASSWORD }, { expectedVersion: 9 }),
      )
      await collect(createCourtCredential({ secret: `${COURT_KEY}0` }))
      await collect(
        createCourtCredential({
          secret: `otpauth://totp/x?secret=${encodeBase32(COURT_KEY_BYTES)}&digits=2`,
        }),
      )
      await backend.tamper('firm-a', created.id, (row) => ({
        ...row,
        secret: flipCiphertextCharacter(row.secret),
      }))
      await collect(store.get(created.id))
      expect(errors).toHaveLength(5)
      for (const error of errors) expectNoSecretIn(exposedText(error))
    })
  })
}

/** Changes one base64 character inside a sealed value's ciphertext: what a flipped bit on disk does. */
export function flipCiphertextCharacter(sealed: string): string {
  const parts = sealed.split(':')
  const ciphertext = parts[3]!
  const changed = (ciphertext[0] === 'A' ? 'B' : 'A') + ciphertext.slice(1)
  return [...parts.slice(0, 3), changed].join(':')
}

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for a condition')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
