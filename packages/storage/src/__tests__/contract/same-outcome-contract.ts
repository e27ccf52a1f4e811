import { isA2FError } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import { isStorageError } from '../../errors.js'
import type { CredentialInput, CredentialPatch } from '../../model/credential.js'
import type { CredentialStore } from '../../model/credential-store.js'
import { useFreshBackend, type ContractBackend, type ContractSubject } from './subject.js'

/**
 * Same input, same outcome: the same calls, with the awkward inputs real users and hostile clients send
 * (control characters, broken UTF-16, values one past a limit, numbers past PostgreSQL's `integer`), give
 * the same result on every backend. The expected outcome of each case is written here once, so every
 * adapter that runs this suite agrees with every other. Over HTTP the status on the wire is checked
 * too: a refused field is 422, never a 503 "unavailable" that a robot would retry forever.
 */

type TextKind = 'line' | 'lines' | 'sealed'

type TextFieldName =
  | 'systemId'
  | 'issuer'
  | 'account'
  | 'owner'
  | 'label'
  | 'personalEmail'
  | 'notes'
  | 'createdBy'
  | 'validatedBy'
  | 'password'

interface TextField {
  name: TextFieldName
  kind: TextKind
  max: number
  /** Turns a probe into a value of the field (an e-mail address around it). */
  wrap?: (probe: string) => string
  /** A value of exactly `length` characters (default 'xxx…'). */
  ofLength?: (length: number) => string
  /** Other input the field needs to be kept (`validatedBy` only with status 'validated'). */
  with?: Partial<CredentialInput>
  onUpdate: boolean
}

const LINE = 200
const TEXT_FIELDS: readonly TextField[] = [
  { name: 'systemId', kind: 'line', max: LINE, onUpdate: true },
  { name: 'issuer', kind: 'line', max: LINE, onUpdate: true },
  { name: 'account', kind: 'line', max: LINE, onUpdate: true },
  { name: 'owner', kind: 'line', max: LINE, onUpdate: true },
  { name: 'label', kind: 'line', max: LINE, onUpdate: true },
  {
    name: 'personalEmail',
    kind: 'line',
    max: 254,
    wrap: (probe) => `conceicao${probe}@gmail.com`,
    // 64 characters before the @ (RFC 5321's local-part limit), labels of at most 63 after it.
    ofLength: (length) =>
      `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(length - 64 - 1 - 128 - 4)}.com`,
    onUpdate: true,
  },
  { name: 'notes', kind: 'lines', max: 10_000, onUpdate: true },
  { name: 'createdBy', kind: 'line', max: LINE, onUpdate: false },
  { name: 'validatedBy', kind: 'line', max: LINE, with: { status: 'validated' }, onUpdate: true },
  { name: 'password', kind: 'sealed', max: 1_000, onUpdate: true },
]

/** A probe and, for each kind of field, whether it is kept. */
interface Probe {
  name: string
  value: string
  kept: Record<TextKind, boolean>
}
const refusedBut = (sealed: boolean, lines = false) => ({ line: false, lines, sealed })
const keptEverywhere = { line: true, lines: true, sealed: true }
const PROBES: readonly Probe[] = [
  { name: 'U+0000 (PostgreSQL text cannot hold it)', value: 'a\u0000b', kept: refusedBut(true) },
  { name: 'U+0001', value: '\u0001x', kept: refusedBut(true) },
  { name: 'an ANSI escape (U+001B)', value: 'x\u001b[31m', kept: refusedBut(true) },
  { name: 'DEL (U+007F)', value: 'x\u007f', kept: refusedBut(true) },
  { name: 'a C1 control (U+0085)', value: 'x\u0085y', kept: refusedBut(true) },
  { name: 'a tab inside', value: 'a\tb', kept: refusedBut(true, true) },
  { name: 'a line feed inside', value: 'a\nb', kept: refusedBut(true, true) },
  { name: 'CR LF inside', value: 'a\r\nb', kept: refusedBut(true, true) },
  { name: 'a lone high surrogate', value: 'a\ud800b', kept: refusedBut(false) },
  { name: 'a lone low surrogate', value: '\udc00b', kept: refusedBut(false) },
  { name: 'half an emoji at the end', value: 'a\ud83d', kept: refusedBut(false) },
  { name: 'an emoji (a surrogate pair)', value: 'a\u{1f600}b', kept: keptEverywhere },
  { name: 'accents and a no-break space', value: 'Conceição\u00a0Araújo', kept: keptEverywhere },
]

/** What a call did, in a form that compares across backends. */
type Outcome = { ok: unknown } | { code: string; field?: string }

async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: await run() }
  } catch (error) {
    if (isStorageError(error, 'INVALID_INPUT')) return { code: error.code, field: error.details.field }
    if (isStorageError(error)) return { code: error.code }
    if (isA2FError(error, 'OPTION_INVALID')) return { code: error.code, field: error.details.option }
    if (isA2FError(error)) return { code: error.code }
    throw error
  }
}

const refused = (field: string): Outcome => ({ code: 'INVALID_INPUT', field })

/** The value a field keeps: one-line fields are trimmed; notes and passwords are kept as given. */
const kept = (field: TextField, value: string) => (field.kind === 'line' ? value.trim() : value)

/** The probes that apply to a field, with the value sent and the outcome every backend must give. */
function casesFor(field: TextField): { name: string; value: string; expected: Outcome }[] {
  const wrap = field.wrap ?? ((probe: string) => probe)
  const cases = PROBES
    // An e-mail address is checked by the core's own rule beyond characters: only refusals apply here.
    .filter((probe) => field.wrap === undefined || !probe.kept[field.kind])
    .map((probe) => ({
      name: probe.name,
      value: wrap(probe.value),
      expected: probe.kept[field.kind] ? { ok: kept(field, wrap(probe.value)) } : refused(field.name),
    }))
  const padded = ` ${wrap('RS012345')}\n`
  cases.push({ name: 'white space around', value: padded, expected: { ok: kept(field, padded) } })
  const ofLength = field.ofLength ?? ((length: number) => 'x'.repeat(length))
  const longest = ofLength(field.max)
  const tooLong = ofLength(field.max + 1)
  expect([longest.length, tooLong.length]).toEqual([field.max, field.max + 1])
  cases.push({ name: `${field.max} characters`, value: longest, expected: { ok: longest } })
  cases.push({ name: `${field.max + 1} characters`, value: tooLong, expected: refused(field.name) })
  return cases
}

export function sameOutcomeContract(subject: ContractSubject): void {
  describe(`${subject.name}: same input, same outcome`, () => {
    let backend: ContractBackend
    let store: CredentialStore
    useFreshBackend(subject, (fresh, freshStore) => {
      backend = fresh
      store = freshStore
    })

    /**
     * The outcome of `run`, checked; over HTTP, with `success` given, also the status of the first
     * request `run` made (the write; reading the value back comes after).
     */
    async function expectOutcome(
      run: () => Promise<unknown>,
      expected: Outcome,
      what: string,
      success?: 200 | 201,
    ) {
      backend.takeHttpStatuses?.()
      expect(await outcomeOf(run), what).toEqual(expected)
      if (backend.takeHttpStatuses === undefined || success === undefined) return
      const status = 'ok' in expected ? success : 422
      expect(backend.takeHttpStatuses()[0], `${what}: HTTP status`).toBe(status)
    }

    /** The field as the store gives it back: the summary's, or the opened password. */
    async function readBack(id: string, field: TextField): Promise<unknown> {
      if (field.name === 'password') return (await store.get(id)).password
      return (await store.getSummary(id))[field.name]
    }

    const base = { issuer: 'TRF4', account: 'RS012345', secret: new Uint8Array(20).fill(5) }

    for (const field of TEXT_FIELDS) {
      it(`create: ${field.name} is kept or refused by one rule`, async () => {
        let stored = 0
        for (const { name, value, expected } of casesFor(field)) {
          const input = { ...base, ...field.with, [field.name]: value } as CredentialInput
          await expectOutcome(
            async () => readBack((await store.create(input)).id, field),
            expected,
            `${field.name}: ${name}`,
            201,
          )
          if ('ok' in expected) stored += 1
        }
        // A refused create stored nothing.
        expect(await store.list()).toHaveLength(stored)
      })

      if (!field.onUpdate) continue
      it(`update: ${field.name} is kept or refused by the same rule`, async () => {
        const { id } = await store.create({ ...base, ...field.with })
        let version = 1
        for (const { name, value, expected } of casesFor(field)) {
          const patch = { [field.name]: value } as CredentialPatch
          await expectOutcome(
            async () => {
              const updated = await store.update(id, patch, { expectedVersion: version })
              version = updated.version
              return readBack(id, field)
            },
            expected,
            `${field.name}: ${name}`,
            200,
          )
        }
        // Every refused update left the record as it was, and was not audited.
        expect((await store.getSummary(id)).version).toBe(version)
        const history = await store.history({ credentialId: id })
        expect(history.filter((entry) => entry.action === 'update')).toHaveLength(version - 1)
      })
    }

    it('refuses the same list and codes filters, and matches nothing with ids no credential can have', async () => {
      const { id } = await store.create({ ...base, owner: 'Dra. Conceição' })
      const listed = async (query: Parameters<CredentialStore['list']>[0]) =>
        (await store.list(query)).map((summary) => summary.id)
      const coded = async (query: Parameters<CredentialStore['codes']>[0]) =>
        (await store.codes(query)).codes.map((code) => code.id)
      for (const [query, expected] of [
        [{ owner: 'a\u0000' }, refused('owner')],
        [{ owner: 'a\ud800' }, refused('owner')],
        [{ systemId: 'trf4\u0000' }, refused('systemId')],
        [{ status: 'pending\u0000' as never }, refused('status')],
        [{ text: 'conceição\u0000' }, refused('text')],
        [{ text: 'conceição\ud800' }, refused('text')],
        [{ text: 'x'.repeat(1001) }, refused('text')],
        [{ text: 'dra.\n\tconceição' }, { ok: [id] }],
        [{ status: 'deleted' as never }, { ok: [] }],
        [{ ids: ['a\u0000b', id, 'a\ud800', 'x'.repeat(129)] }, { ok: [id] }],
        [{ ids: ['a\u0000b'] }, { ok: [] }],
      ] as const) {
        await expectOutcome(() => listed(query), expected, `list ${JSON.stringify(query)}`)
        await expectOutcome(() => coded(query), expected, `codes ${JSON.stringify(query)}`)
      }
    })

    it('answers NOT_FOUND for an id no credential can have, without asking the backend', async () => {
      for (const id of ['a\u0000b', 'a\ud800', 'a b', '', 'x'.repeat(129)]) {
        const notFound = { code: 'NOT_FOUND' }
        await expectOutcome(() => store.get(id), notFound, `get ${JSON.stringify(id)}`)
        await expectOutcome(() => store.getSummary(id), notFound, `getSummary ${JSON.stringify(id)}`)
        await expectOutcome(
          () => store.update(id, { notes: 'x' }, { expectedVersion: 1 }),
          notFound,
          `update ${JSON.stringify(id)}`,
        )
        await expectOutcome(() => store.remove(id), notFound, `remove ${JSON.stringify(id)}`)
        // The id is what is wrong first, whatever else is.
        await expectOutcome(
          () => store.update(id, { bogus: 1 } as never, { expectedVersion: 0 }),
          notFound,
          `update ${JSON.stringify(id)} with a bad patch`,
        )
        await expectOutcome(
          () => store.remove(id, { expectedVersion: 'two' as never }),
          notFound,
          `remove ${JSON.stringify(id)} at a bad version`,
        )
        await expectOutcome(() => store.history({ credentialId: id }), { ok: [] }, 'history')
      }
    })

    it('bounds versions, history limits and OTP periods the same on every backend', async () => {
      const { id } = await store.create(base)
      const tooLarge = 2 ** 31
      await expectOutcome(
        () => store.update(id, { notes: 'x' }, { expectedVersion: tooLarge }),
        refused('expectedVersion'),
        'update at version 2^31',
        200,
      )
      await expectOutcome(
        () => store.remove(id, { expectedVersion: 2 ** 40 }),
        refused('expectedVersion'),
        'remove at version 2^40',
      )
      // The largest version an integer column holds is only a stale version.
      await expectOutcome(
        () => store.remove(id, { expectedVersion: tooLarge - 1 }),
        { code: 'CONFLICT' },
        'remove at version 2^31 − 1',
      )
      for (const limit of [1.5, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        await expectOutcome(() => store.history({ limit }), refused('limit'), `history limit ${limit}`)
      }
      await expectOutcome(
        async () => (await store.history({ limit: 0 })).length,
        { ok: 0 },
        'history limit 0',
      )
      const period = (value: number) => ({ ...base, otp: { period: value } })
      await expectOutcome(
        () => store.create(period(tooLarge)),
        { code: 'OPTION_INVALID', field: 'period' },
        'create with a period of 2^31 s',
        201,
      )
      await expectOutcome(
        async () => (await store.create(period(tooLarge - 1))).otp.period,
        { ok: tooLarge - 1 },
        'create with a period of 2^31 − 1 s',
        201,
      )
      await expectOutcome(
        () => store.update(id, { otp: { period: 2 ** 40 } }, { expectedVersion: 1 }),
        { code: 'OPTION_INVALID', field: 'period' },
        'update to a period of 2^40 s',
        200,
      )
      expect((await store.getSummary(id)).version).toBe(1)
      expect(await store.list()).toHaveLength(2)
    })

    it('refuses a tenant or an actor that breaks the text rule, naming it', async () => {
      const listOf = (tenant: string, actor?: string) => async () =>
        (await backend.store(tenant, actor)).list()
      await expectOutcome(listOf('firm\u0000a'), refused('tenant'), 'tenant with U+0000')
      await expectOutcome(listOf('firm-a\n'), refused('tenant'), 'tenant with a line feed')
      await expectOutcome(listOf('x'.repeat(201)), refused('tenant'), 'tenant of 201 characters')
      await expectOutcome(listOf('firm-a', 'ana\u0000'), refused('actor'), 'actor with U+0000')
      await expectOutcome(listOf('firm-a', 'x'.repeat(201)), refused('actor'), 'actor of 201 characters')
      await expectOutcome(listOf('firm-a', 'ana maria'), { ok: [] }, 'a plain actor')
    })
  })
}
