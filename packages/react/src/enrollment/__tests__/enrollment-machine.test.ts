/**
 * The enrolment machine alone, against a real (memory, sealed) store: transitions and guards, the draft
 * it creates (the key bytes and the password only there), snapshots and persisted JSON free of secrets,
 * resuming after a reload (with the draft, and with the draft gone), e-mail-code courts, conflicts.
 */
import { courtRegistry, encodeBase32, parseSecret } from '@a2f/core'
import type { CredentialInput, CredentialPatch, CredentialStore } from '@a2f/storage'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { EnteredSecret } from '../../secret-input/entered-secret.js'
import { EPROC_EXAMPLE_KEY, createTestStore } from '../../test-support/fixtures.js'
import {
  createEnrollment,
  createSessionPersistence,
  enrollmentStorageKey,
  type EnrollmentOptions,
  type EnrollmentPersistence,
  type PersistedEnrollment,
} from '../enrollment-machine.js'

const KEY = parseSecret(EPROC_EXAMPLE_KEY)
const OTHER_KEY = parseSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')
const PASSWORD = 'S3nh@-do-Tribunal!'

function entered(parsed = KEY, params: EnteredSecret['params'] = {}): EnteredSecret {
  return { bytes: parsed.bytes.slice(), params, source: 'typed', warnings: [] }
}

/** A persistence in memory that records every JSON it was given. */
function memoryPersistence(): EnrollmentPersistence & {
  written: string[]
  value: PersistedEnrollment | null
} {
  const result = {
    written: [] as string[],
    value: null as PersistedEnrollment | null,
    load: () => (result.value ? (JSON.parse(JSON.stringify(result.value)) as PersistedEnrollment) : null),
    save(value: PersistedEnrollment) {
      const text = JSON.stringify(value)
      result.written.push(text)
      result.value = JSON.parse(text) as PersistedEnrollment
    },
    clear() {
      result.value = null
    },
  }
  return result
}

function draftApi(store: CredentialStore) {
  return {
    createDraft: vi.fn((input: CredentialInput) => store.create(input)),
    updateDraft: vi.fn((id: string, patch: CredentialPatch, expectedVersion: number) =>
      store.update(id, patch, { expectedVersion }),
    ),
    removeDraft: vi.fn((id: string) => store.remove(id)),
    getDraft: vi.fn((id: string) => store.getSummary(id)),
  }
}

/** Every string and byte array inside a value, however deep (snapshots are frozen object trees). */
function collect(value: unknown, seen = new Set<unknown>()): { strings: string[]; bytes: Uint8Array[] } {
  const out = { strings: [] as string[], bytes: [] as Uint8Array[] }
  const walk = (node: unknown) => {
    if (typeof node === 'string') out.strings.push(node)
    else if (node instanceof Uint8Array) out.bytes.push(node)
    else if (typeof node === 'object' && node !== null && !seen.has(node)) {
      seen.add(node)
      for (const child of Object.values(node)) walk(child)
    }
  }
  walk(value)
  return out
}

function expectNoSecret(value: unknown) {
  const { strings, bytes } = collect(value)
  expect(bytes, 'no byte arrays').toEqual([])
  const text = strings.join('\n')
  expect(text).not.toContain(KEY.base32)
  expect(text).not.toContain(OTHER_KEY.base32)
  expect(text).not.toContain(EPROC_EXAMPLE_KEY)
  expect(text).not.toContain(PASSWORD)
}

async function setup(overrides: Partial<EnrollmentOptions> = {}) {
  const store = await createTestStore([])
  const api = draftApi(store)
  const persistence = memoryPersistence()
  const onComplete = vi.fn()
  const onCancel = vi.fn()
  const machine = createEnrollment({
    registry: courtRegistry,
    ...api,
    persistence,
    onComplete,
    onCancel,
    ...overrides,
  })
  await machine.start()
  return { store, api, persistence, onComplete, onCancel, machine }
}

/** Drives a machine to the authenticator step with TRF4 and the seed's key. */
async function toAuthenticator(machine: ReturnType<typeof createEnrollment>) {
  machine.selectCourt('trf4-eproc')
  expect(await machine.next()).toBe(true)
  machine.setFields({ account: 'RS054321', owner: 'Ana Beatriz Souza', personalEmail: 'ana.souza@gmail.com' })
  machine.setPassword(PASSWORD)
  expect(await machine.next()).toBe(true)
  machine.setSecret(entered())
  expect(await machine.next()).toBe(true)
  expect(machine.getSnapshot().step).toBe('authenticator')
}

beforeEach(() => {
  globalThis.sessionStorage?.clear()
})

describe('createEnrollment: steps and guards', () => {
  it('goes court → credential → key → authenticator → done and saves a validated credential', async () => {
    const { machine, api, store, onComplete } = await setup()
    expect(machine.getSnapshot().step).toBe('court')

    // court: required
    expect(await machine.next()).toBe(false)
    expect(machine.getSnapshot().fieldErrors.court).toEqual({ code: 'REQUIRED' })
    machine.selectCourt('trf4-eproc')
    expect(machine.getSnapshot().fieldErrors.court).toBeUndefined() // re-validated on change
    expect(await machine.next()).toBe(true)
    expect(machine.getSnapshot().step).toBe('credential')
    expect(machine.getSnapshot().personalEmailRequired).toBe(true)

    // credential: login and personal e-mail required for eproc
    expect(await machine.next()).toBe(false)
    expect(machine.getSnapshot().fieldErrors).toEqual({
      account: { code: 'REQUIRED' },
      personalEmail: { code: 'REQUIRED' },
    })
    machine.setFields({
      account: ' RS054321 ',
      owner: 'Ana Beatriz Souza',
      personalEmail: 'ana.souza@gmail.com',
    })
    machine.setPassword(PASSWORD)
    expect(await machine.next()).toBe(true)
    expect(machine.getSnapshot().step).toBe('key')

    // key: required; going on creates the pending draft
    expect(await machine.next()).toBe(false)
    expect(machine.getSnapshot().fieldErrors.secret).toEqual({ code: 'REQUIRED' })
    machine.setSecret(entered())
    expect(machine.getSnapshot().hasSecret).toBe(true)
    expect(await machine.next()).toBe(true)
    expect(api.createDraft).toHaveBeenCalledTimes(1)
    const input = api.createDraft.mock.calls[0]![0]
    expect(input).toEqual({
      systemId: 'trf4-eproc',
      issuer: 'TRF4',
      account: 'RS054321',
      owner: 'Ana Beatriz Souza',
      otp: { algorithm: 'SHA1', digits: 6, period: 30 },
      secret: KEY.bytes,
      password: PASSWORD,
      personalEmail: 'ana.souza@gmail.com',
      status: 'pending',
    })
    const snapshot = machine.getSnapshot()
    expect(snapshot.step).toBe('authenticator')
    expect(snapshot.draftId).toBe(snapshot.draft?.id)
    expect(snapshot.draftVersion).toBe(1)
    expect(snapshot.draft?.status).toBe('pending')

    // the key stays available for the phone QR code, as a copy
    const revealed = machine.revealSecret()
    expect(revealed).toEqual(KEY.bytes)
    revealed!.fill(0)
    expect(machine.revealSecret()).toEqual(KEY.bytes)

    // authenticator: confirmation required
    expect(await machine.next()).toBe(false)
    expect(machine.getSnapshot().fieldErrors.confirmed).toEqual({ code: 'NOT_CONFIRMED' })
    expect(machine.getSnapshot().reachable.done).toBe(false)
    machine.setConfirmed(true)
    expect(await machine.next()).toBe(true)
    expect(machine.getSnapshot().step).toBe('done')

    const saved = await machine.save()
    expect(saved?.status).toBe('validated')
    expect(api.updateDraft).toHaveBeenCalledWith(snapshot.draftId, { status: 'validated' }, 1)
    expect(onComplete).toHaveBeenCalledWith(saved)
    expect(machine.getSnapshot().completed?.status).toBe('validated')
    const stored = await store.get(snapshot.draftId!)
    expect(stored.status).toBe('validated')
    expect(stored.secret).toEqual(KEY.bytes)
    expect(stored.password).toBe(PASSWORD)
    expect(machine.revealSecret()).toBeNull() // the key was dropped from memory
  })

  it('lets the lawyer save pending and validate later', async () => {
    const { machine, onComplete, api } = await setup()
    await toAuthenticator(machine)
    machine.validateLater()
    expect(machine.getSnapshot()).toMatchObject({ step: 'done', deferred: true, confirmed: false })
    const saved = await machine.save()
    expect(saved?.status).toBe('pending')
    expect(api.updateDraft).not.toHaveBeenCalled() // the draft already is what is wanted
    expect(onComplete).toHaveBeenCalledWith(saved)
  })

  it('refuses institutional and malformed e-mails, by the court’s suffixes', async () => {
    const { machine } = await setup()
    machine.selectCourt('trf4-eproc')
    await machine.next()
    machine.setFields({ account: 'RS054321', personalEmail: 'ana@trf4.jus.br' })
    expect(await machine.next()).toBe(false)
    expect(machine.getSnapshot().fieldErrors.personalEmail).toEqual({
      code: 'INSTITUTIONAL_DOMAIN',
      suffix: 'jus.br',
    })
    machine.setFields({ personalEmail: 'ana@prefeitura.gov.br' })
    expect(machine.getSnapshot().fieldErrors.personalEmail).toEqual({
      code: 'INSTITUTIONAL_DOMAIN',
      suffix: 'gov.br',
    })
    machine.setFields({ personalEmail: 'ana@@gmail' })
    expect(machine.getSnapshot().fieldErrors.personalEmail).toEqual({ code: 'MALFORMED' })
    machine.setFields({ personalEmail: 'ana.souza@gmail.com' })
    expect(machine.getSnapshot().fieldErrors.personalEmail).toBeUndefined()
    expect(await machine.next()).toBe(true)
  })

  it('ends at the court step for a court that sends its code by e-mail', async () => {
    const { machine, api } = await setup()
    machine.selectCourt('tjsp-esaj')
    expect(machine.getSnapshot().keyless).toBe('email-code')
    expect(machine.getSnapshot().reachable.credential).toBe(false)
    expect(await machine.next()).toBe(false)
    expect(machine.getSnapshot().fieldErrors.court).toEqual({ code: 'KEYLESS', method: 'email-code' })
    expect(machine.goTo('key')).toBe(false)
    expect(machine.getSnapshot().step).toBe('court')
    expect(api.createDraft).not.toHaveBeenCalled()
  })

  it('enrols a system outside the registry under the name typed for it', async () => {
    const { machine, api } = await setup()
    machine.setOtherSystem(true)
    expect(await machine.next()).toBe(false)
    expect(machine.getSnapshot().fieldErrors.issuer).toEqual({ code: 'REQUIRED' })
    machine.setFields({ issuer: 'Intranet do escritório' })
    expect(await machine.next()).toBe(true)
    machine.setFields({ account: 'fernanda' })
    expect(await machine.next()).toBe(true) // no personal e-mail asked
    machine.setSecret(entered(OTHER_KEY, { digits: 8 }))
    expect(await machine.next()).toBe(true)
    expect(api.createDraft.mock.calls[0]![0]).toEqual({
      issuer: 'Intranet do escritório',
      account: 'fernanda',
      otp: { digits: 8 },
      secret: OTHER_KEY.bytes,
      status: 'pending',
    })
  })

  it('starts at defaultStep only when its prerequisites are met', async () => {
    const { machine } = await setup({
      defaultValues: { systemId: 'trf4-eproc', account: 'RS054321', personalEmail: 'ana@gmail.com' },
      defaultStep: 'key',
    })
    expect(machine.getSnapshot().step).toBe('key')
    const { machine: early } = await setup({ defaultValues: { systemId: 'trf4-eproc' }, defaultStep: 'key' })
    expect(early.getSnapshot().step).toBe('credential') // the furthest reachable before 'key'
    const { machine: blocked } = await setup({ defaultStep: 'authenticator' })
    expect(blocked.getSnapshot().step).toBe('court')
  })

  it('re-keys the draft when the lawyer goes back and enters another key', async () => {
    const { machine, api, store } = await setup()
    await toAuthenticator(machine)
    machine.setConfirmed(true)
    machine.back()
    expect(machine.getSnapshot().step).toBe('key')
    machine.setSecret(entered(OTHER_KEY))
    expect(machine.getSnapshot().confirmed).toBe(false) // the code typed at the court was the old key's
    expect(await machine.next()).toBe(true)
    const id = machine.getSnapshot().draftId!
    expect(api.createDraft).toHaveBeenCalledTimes(1)
    expect(api.updateDraft).toHaveBeenCalledTimes(1)
    const [patchedId, patch, version] = api.updateDraft.mock.calls[0]!
    expect(patchedId).toBe(id)
    expect(version).toBe(1)
    expect(patch).toEqual({ secret: OTHER_KEY.bytes, otp: { algorithm: 'SHA1', digits: 6, period: 30 } })
    expect((await store.get(id)).secret).toEqual(OTHER_KEY.bytes)
    expect(machine.getSnapshot().draftVersion).toBe(2)
  })

  it('never moves past the key step with an entry it could not use, even holding a key', async () => {
    const { machine, api, store } = await setup()
    await toAuthenticator(machine)
    const id = machine.getSnapshot().draftId!
    machine.back()
    const invalid = {
      status: 'invalid',
      problem: { code: 'SECRET_INVALID_CHARACTER', index: 10, position: 11, character: '8', suggestion: 'B' },
    } as const
    machine.setSecretEntry(invalid)
    expect(await machine.next()).toBe(false)
    const snapshot = machine.getSnapshot()
    expect(snapshot.step).toBe('key')
    expect(snapshot.fieldErrors.secret).toEqual({ code: 'UNUSABLE_ENTRY', entry: invalid, keyKept: true })
    // Nor around next(): goTo refuses the way forward too.
    expect(machine.goTo('authenticator')).toBe(false)
    expect(machine.getSnapshot().step).toBe('key')
    expect(api.updateDraft).not.toHaveBeenCalled()
    // A failed image stops it the same way; emptying the field keeps the stored key.
    machine.setSecretEntry({ status: 'image-failed', reason: 'no-qr-code' })
    expect(machine.getSnapshot().fieldErrors.secret).toMatchObject({ code: 'UNUSABLE_ENTRY' })
    machine.setSecretEntry({ status: 'empty' })
    expect(machine.getSnapshot().fieldErrors).toEqual({}) // errors follow the entry as it changes
    expect(await machine.next()).toBe(true)
    expect(machine.getSnapshot().step).toBe('authenticator')
    expect((await store.get(id)).secret).toEqual(KEY.bytes)
  })

  it('says no key is kept when the entry is refused and nothing was entered before', async () => {
    const { machine, api } = await setup({
      defaultValues: { systemId: 'trf4-eproc', account: 'RS054321', personalEmail: 'ana@gmail.com' },
      defaultStep: 'key',
    })
    machine.setSecretEntry({ status: 'decoding' })
    expect(await machine.next()).toBe(false)
    expect(machine.getSnapshot().fieldErrors.secret).toEqual({
      code: 'UNUSABLE_ENTRY',
      entry: { status: 'decoding' },
      keyKept: false,
    })
    expect(api.createDraft).not.toHaveBeenCalled()
  })

  it('forgets what the key field held once the step is left (the field comes back empty)', async () => {
    const { machine } = await setup()
    await toAuthenticator(machine)
    machine.back()
    machine.setSecretEntry({ status: 'choose-account' })
    machine.back()
    expect(machine.getSnapshot().secretEntry).toEqual({ status: 'empty' })
  })

  it('asks which login to keep when the key names another account, and keeps the choice', async () => {
    const { machine, store } = await setup({
      defaultValues: { systemId: 'trf4-eproc', account: 'SC067890', personalEmail: 'ana@gmail.com' },
      defaultStep: 'key',
    })
    machine.setSecret({ ...entered(), source: 'qr', issuer: 'TRF4', account: 'RS012345' })
    expect(machine.getSnapshot().accountChoice).toEqual({
      typed: 'SC067890',
      fromKey: 'RS012345',
      source: 'qr',
      chosen: null,
    })
    expect(await machine.next()).toBe(false)
    expect(machine.getSnapshot().fieldErrors.secret).toEqual({
      code: 'ACCOUNT_MISMATCH',
      typed: 'SC067890',
      fromKey: 'RS012345',
    })
    machine.chooseAccount('key')
    expect(machine.getSnapshot()).toMatchObject({
      account: 'RS012345',
      fieldErrors: {},
      accountChoice: { chosen: 'key' },
    })
    expect(await machine.next()).toBe(true)
    const id = machine.getSnapshot().draftId!
    expect((await store.getSummary(id)).account).toBe('RS012345')

    // Going back and keeping the typed login writes it to the draft.
    machine.back()
    machine.chooseAccount('typed')
    expect(machine.getSnapshot().account).toBe('SC067890')
    expect(await machine.next()).toBe(true)
    expect((await store.getSummary(id)).account).toBe('SC067890')
  })

  it('does not ask when the key’s account is the login written another way, or names none', async () => {
    const { machine } = await setup({
      defaultValues: { systemId: 'trf4-eproc', account: '123.456.789-00', personalEmail: 'ana@gmail.com' },
      defaultStep: 'key',
    })
    machine.setSecret({ ...entered(), source: 'uri', account: '12345678900' })
    expect(machine.getSnapshot().accountChoice).toBeNull()
    machine.setSecret({ ...entered(), source: 'uri', account: 'rs 012345' })
    expect(machine.getSnapshot().accountChoice).toMatchObject({ fromKey: 'rs 012345' })
    // Typing the key's login at step 2 settles it; another key without an account clears it.
    machine.setFields({ account: 'RS012345' })
    expect(machine.getSnapshot().accountChoice).toBeNull()
    machine.setFields({ account: 'SC067890' })
    expect(machine.getSnapshot().accountChoice).toMatchObject({ typed: 'SC067890', chosen: null })
    machine.setSecret(entered())
    expect(machine.getSnapshot().accountChoice).toBeNull()
    expect(await machine.next()).toBe(true)
  })

  it('brings the draft up to date when details change after it was created', async () => {
    const { machine, api } = await setup()
    await toAuthenticator(machine)
    machine.back()
    machine.back()
    machine.setFields({ account: 'RS099999', owner: '' })
    await machine.next()
    await machine.next() // from 'key', no new key: only the changed fields
    expect(api.updateDraft.mock.calls[0]![1]).toEqual({ account: 'RS099999', owner: null })
    await machine.next() // nothing changed: no write
    expect(api.updateDraft).toHaveBeenCalledTimes(1)
  })

  it('cancel() removes the draft and forgets everything', async () => {
    const { machine, store, persistence, onCancel } = await setup()
    await toAuthenticator(machine)
    const id = machine.getSnapshot().draftId!
    expect(persistence.value?.draftId).toBe(id)
    expect(await machine.cancel()).toBe(true)
    await expect(store.getSummary(id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(machine.getSnapshot()).toMatchObject({
      step: 'court',
      draftId: null,
      account: '',
      hasSecret: false,
    })
    expect(persistence.value).toBeNull()
    expect(onCancel).toHaveBeenCalledTimes(1)
  })
})

describe('createEnrollment: secrets', () => {
  it('keeps the key and the password out of every snapshot and every persisted JSON', async () => {
    const { machine, persistence } = await setup()
    const snapshots = [machine.getSnapshot()]
    machine.subscribe(() => snapshots.push(machine.getSnapshot()))
    await toAuthenticator(machine)
    machine.back()
    machine.setSecret(entered(OTHER_KEY))
    await machine.next()
    machine.setConfirmed(true)
    await machine.next()
    await machine.save()
    expect(snapshots.length).toBeGreaterThan(10)
    for (const snapshot of snapshots) {
      expect(Object.isFrozen(snapshot)).toBe(true)
      expectNoSecret(snapshot)
    }
    expect(persistence.written.length).toBeGreaterThan(3)
    for (const text of persistence.written) expectNoSecret(JSON.parse(text))
    expect(persistence.written.join()).not.toContain(encodeBase32(KEY.bytes).slice(0, 16))
    expect(persistence.written.join()).not.toContain('password')
  })

  it('sends the key bytes and the password only to the store', async () => {
    const { machine, api } = await setup()
    await toAuthenticator(machine)
    const input = api.createDraft.mock.calls[0]![0]
    expect(input.secret).toEqual(KEY.bytes)
    expect(input.password).toBe(PASSWORD)
    // A copy: the store (or whoever wipes it) cannot change the key the machine still shows as a QR code.
    ;(input.secret as Uint8Array).fill(0)
    expect(machine.revealSecret()).toEqual(KEY.bytes)
  })
})

describe('createEnrollment: persistence', () => {
  it('resumes at the authenticator step from the stored draft, the key no longer in memory', async () => {
    const first = await setup()
    await toAuthenticator(first.machine)
    first.machine.setConfirmed(true)
    const id = first.machine.getSnapshot().draftId!
    expect(first.persistence.value).toEqual({
      version: 1,
      step: 'authenticator',
      systemId: 'trf4-eproc',
      otherSystem: false,
      issuer: '',
      account: 'RS054321',
      owner: 'Ana Beatriz Souza',
      label: '',
      personalEmail: 'ana.souza@gmail.com',
      draftId: id,
      draftVersion: 1,
      confirmed: true,
      deferred: false,
    })

    // "reload": a new machine on the same persistence and store
    const getDraft = vi.fn((draftId: string) => first.store.getSummary(draftId))
    const onComplete = vi.fn()
    const machine = createEnrollment({
      registry: courtRegistry,
      ...draftApi(first.store),
      getDraft,
      persistence: first.persistence,
      onComplete,
    })
    expect(machine.getSnapshot().step).toBe('court') // nothing read before start()
    await machine.start()
    const snapshot = machine.getSnapshot()
    expect(getDraft).toHaveBeenCalledWith(id)
    expect(snapshot).toMatchObject({
      step: 'authenticator',
      resumed: true,
      hasSecret: false,
      draftId: id,
      draftVersion: 1,
      confirmed: true,
      account: 'RS054321',
    })
    expect(snapshot.draft?.id).toBe(id)
    expect(machine.revealSecret()).toBeNull()
    // Going back to the key step needs no new key: the draft holds it.
    machine.back()
    expect(await machine.next()).toBe(true)
    await machine.next()
    const saved = await machine.save()
    expect(saved?.status).toBe('validated')
    expect(first.persistence.value).toBeNull() // cleared once saved
  })

  it('goes back to the key step when the resumed draft no longer exists', async () => {
    const first = await setup()
    await toAuthenticator(first.machine)
    await first.store.remove(first.machine.getSnapshot().draftId!)
    const machine = createEnrollment({
      registry: courtRegistry,
      ...draftApi(first.store),
      persistence: first.persistence,
    })
    await machine.start()
    expect(machine.getSnapshot()).toMatchObject({
      step: 'key',
      notice: 'DRAFT_GONE',
      draftId: null,
      error: null,
      account: 'RS054321',
    })
    expect(first.persistence.value?.draftId).toBeNull()
    machine.setSecret(entered())
    expect(await machine.next()).toBe(true) // a new draft
    expect(machine.getSnapshot().notice).toBeNull()
  })

  it('restores a step before the key as far as its prerequisites allow', async () => {
    const persistence = memoryPersistence()
    persistence.value = {
      version: 1,
      step: 'authenticator', // claimed, but no draft: the key is gone with the reload
      systemId: 'trf2-eproc',
      otherSystem: false,
      issuer: '',
      account: 'RJ198765',
      owner: '',
      label: '',
      personalEmail: 'fernanda@gmail.com',
      draftId: null,
      draftVersion: null,
      confirmed: false,
      deferred: false,
    }
    const { machine } = await setup({ persistence })
    expect(machine.getSnapshot()).toMatchObject({ step: 'key', systemId: 'trf2-eproc', resumed: true })
  })

  it('uses sessionStorage under a2f:enrollment:<tenant> by default', async () => {
    const store = await createTestStore([])
    const machine = createEnrollment({ registry: courtRegistry, ...draftApi(store), tenant: 'escritorio' })
    await machine.start()
    machine.selectCourt('trf4-eproc')
    const text = sessionStorage.getItem(enrollmentStorageKey('escritorio'))
    expect(enrollmentStorageKey('escritorio')).toBe('a2f:enrollment:escritorio')
    expect(JSON.parse(text!)).toMatchObject({ step: 'court', systemId: 'trf4-eproc' })
    const again = createEnrollment({ registry: courtRegistry, ...draftApi(store), tenant: 'escritorio' })
    await again.start()
    expect(again.getSnapshot().systemId).toBe('trf4-eproc')
  })

  it('works when storage is blocked or holds garbage', async () => {
    const persistence = createSessionPersistence('a2f:enrollment:x')
    sessionStorage.setItem('a2f:enrollment:x', '{not json')
    expect(persistence.load()).toBeNull()
    sessionStorage.setItem('a2f:enrollment:x', JSON.stringify({ version: 2, step: 'key' }))
    expect(persistence.load()).toBeNull()
    const spy = vi.spyOn(globalThis, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    try {
      expect(persistence.load()).toBeNull()
      expect(() => persistence.save({} as PersistedEnrollment)).not.toThrow()
      expect(() => persistence.clear()).not.toThrow()
      const { machine } = await setup({ persistence })
      machine.selectCourt('trf4-eproc')
      expect(machine.getSnapshot().systemId).toBe('trf4-eproc')
    } finally {
      spy.mockRestore()
    }
  })

  it('persists nothing with persistence: false', async () => {
    const store = await createTestStore([])
    const machine = createEnrollment({ registry: courtRegistry, ...draftApi(store), persistence: false })
    await machine.start()
    machine.selectCourt('trf4-eproc')
    expect(sessionStorage.length).toBe(0)
  })
})

describe('createEnrollment: store errors', () => {
  it('keeps a conflict as a code, reloads the version and lets the user retry', async () => {
    const { machine, store, onComplete } = await setup()
    await toAuthenticator(machine)
    const id = machine.getSnapshot().draftId!
    await store.update(id, { label: 'Mudada em outra aba' }, { expectedVersion: 1 })
    machine.setConfirmed(true)
    await machine.next()
    expect(await machine.save()).toBeNull()
    expect(machine.getSnapshot()).toMatchObject({
      error: { code: 'CONFLICT', operation: 'saving' },
      draftVersion: 2,
      busy: false,
      completed: null,
    })
    expect(machine.getSnapshot().draft?.label).toBe('Mudada em outra aba')
    const saved = await machine.save()
    expect(saved?.status).toBe('validated')
    expect(saved?.version).toBe(3)
    expect(onComplete).toHaveBeenCalledTimes(1)
  })

  it('reports a failing store with its code and stays on the step, busy while waiting', async () => {
    const store = await createTestStore([])
    let fail: (error: unknown) => void = () => {}
    const createDraft = vi.fn(
      () =>
        new Promise<never>((_resolve, reject) => {
          fail = reject
        }),
    )
    const { machine } = await setup({ ...draftApi(store), createDraft })
    machine.selectCourt('trf4-eproc')
    await machine.next()
    machine.setFields({ account: 'RS054321', personalEmail: 'ana@gmail.com' })
    await machine.next()
    machine.setSecret(entered())
    const moving = machine.next()
    expect(machine.getSnapshot()).toMatchObject({ busy: true, activity: 'creating' })
    expect(await machine.next()).toBe(false) // ignored while busy
    fail(Object.assign(new Error('down'), { code: 'UNAVAILABLE' }))
    expect(await moving).toBe(false)
    expect(machine.getSnapshot()).toMatchObject({
      step: 'key',
      busy: false,
      error: { code: 'UNAVAILABLE', operation: 'creating' },
      draftId: null,
    })
  })

  it('keeps the state when removing the draft fails', async () => {
    const store = await createTestStore([])
    const removeDraft = vi.fn(() => Promise.reject(Object.assign(new Error('x'), { code: 'UNAVAILABLE' })))
    const { machine, onCancel } = await setup({ ...draftApi(store), removeDraft })
    await toAuthenticator(machine)
    expect(await machine.cancel()).toBe(false)
    expect(machine.getSnapshot()).toMatchObject({
      step: 'authenticator',
      error: { code: 'UNAVAILABLE', operation: 'removing' },
    })
    expect(onCancel).not.toHaveBeenCalled()
  })
})

describe('createEnrollment: controlled step', () => {
  it('asks the controller instead of moving, and shows only reachable steps', async () => {
    const { machine } = await setup({ defaultValues: { systemId: 'trf4-eproc' } })
    const controller = vi.fn()
    machine.setStepController(controller)
    expect(await machine.next()).toBe(true)
    expect(controller).toHaveBeenCalledWith('credential')
    expect(machine.getSnapshot().step).toBe('court')
    expect(machine.showStep('credential')).toBe(true)
    expect(machine.showStep('key')).toBe(false) // no login yet
    expect(machine.getSnapshot().step).toBe('credential')
  })

  it('does not let the host jump past a new key that is not stored yet: next() stores it first', async () => {
    const { machine, store } = await setup()
    await toAuthenticator(machine)
    const id = machine.getSnapshot().draftId!
    machine.back()
    machine.setSecret(entered(OTHER_KEY))
    const controller = vi.fn()
    machine.setStepController(controller)
    // The host's own stepper asks for the next step while the new key is only in the field.
    expect(machine.showStep('authenticator')).toBe(false)
    expect(machine.showStep('done')).toBe(false)
    expect(machine.getSnapshot().step).toBe('key')
    expect((await store.get(id)).secret).toEqual(KEY.bytes)
    // Going on the usual way stores the key, then asks the host.
    expect(await machine.next()).toBe(true)
    expect(controller).toHaveBeenCalledWith('authenticator')
    expect((await store.get(id)).secret).toEqual(OTHER_KEY.bytes)
    expect(machine.showStep('authenticator')).toBe(true)
    // Backwards, and forwards with nothing new in the field, stay free.
    expect(machine.showStep('key')).toBe(true)
    expect(machine.showStep('authenticator')).toBe(true)
  })

  it('stops a jump past the key step on an entry it cannot take, naming the field', async () => {
    const { machine } = await setup()
    await toAuthenticator(machine)
    machine.back()
    machine.setSecretEntry({ status: 'decoding' })
    machine.setStepController(vi.fn())
    expect(machine.showStep('authenticator')).toBe(false)
    expect(machine.getSnapshot().fieldErrors.secret).toEqual({
      code: 'UNUSABLE_ENTRY',
      entry: { status: 'decoding' },
      keyKept: true,
    })
  })
})
