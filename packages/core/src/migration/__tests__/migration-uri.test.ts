/**
 * Google Authenticator exports (`otpauth-migration://offline?data=…`): the dim13/otpauth README
 * example, every MIGRATION_INVALID reason, skipped entries, batches, and the round trip.
 */
import fc from 'fast-check'
import { otpauthRecords } from '../../test-support/otpauth-arbitraries.js'
import { describe, expect, it } from 'vitest'
import { encodeBase32 } from '../../encoding/base32.js'
import { isA2FError, type MigrationInvalidReason } from '../../errors.js'
import type { OtpauthRecord } from '../../uri/index.js'
import { buildMigrationUris, combineMigrationBatches, parseMigrationUri, readMigrationUri } from '../index.js'
import { ProtobufWriter } from '../protobuf.js'

/** Verbatim from https://github.com/dim13/otpauth README.md ("Usage"). */
const DIM13_EXAMPLE =
  'otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZTAC'

const SECRET_BYTES = Uint8Array.of(0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x21, 0xde, 0xad, 0xbe, 0xef) // JBSWY3DPEHPK3PXP

function thrown(action: () => unknown): unknown {
  try {
    action()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}

function expectMigrationInvalid(
  action: () => unknown,
  reason: MigrationInvalidReason,
  extra: object = {},
): void {
  const error = thrown(action)
  expect(isA2FError(error, 'MIGRATION_INVALID')).toBe(true)
  expect((error as { details: unknown }).details).toEqual({ reason, ...extra })
}

interface EntryFields {
  secret?: Uint8Array
  name?: string | Uint8Array
  issuer?: string
  algorithm?: number
  digits?: number
  type?: number
  counter?: bigint | number
}

/** One OtpParameters message, written field by field (absent fields are left out, as proto3 does). */
function entry(fields: EntryFields): Uint8Array {
  const writer = new ProtobufWriter()
  if (fields.secret) writer.bytes(1, fields.secret)
  if (fields.name !== undefined) {
    if (typeof fields.name === 'string') writer.string(2, fields.name)
    else writer.bytes(2, fields.name)
  }
  if (fields.issuer !== undefined) writer.string(3, fields.issuer)
  if (fields.algorithm !== undefined) writer.varint(4, fields.algorithm)
  if (fields.digits !== undefined) writer.varint(5, fields.digits)
  if (fields.type !== undefined) writer.varint(6, fields.type)
  if (fields.counter !== undefined) writer.varint(7, fields.counter)
  return writer.finish()
}

/** A MigrationPayload URI around raw entry messages. */
function payloadUri(entries: Uint8Array[], batch?: { size: number; index: number; id: number }): string {
  const writer = new ProtobufWriter()
  for (const e of entries) writer.bytes(1, e)
  writer.varint(2, 1)
  if (batch) writer.varint(3, batch.size).varint(4, batch.index).varint(5, batch.id)
  return dataUri(writer.finish())
}

const dataUri = (bytes: Uint8Array): string =>
  `otpauth-migration://offline?data=${encodeURIComponent(Buffer.from(bytes).toString('base64'))}`

const totp = (fields: Partial<OtpauthRecord> = {}): OtpauthRecord => ({
  type: 'totp',
  secret: SECRET_BYTES,
  account: 'alice@google.com',
  issuer: 'Example',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  ...fields,
})

describe('the dim13/otpauth README example', () => {
  it('decodes to JBSWY3DPEHPK3PXP, Example:alice@google.com, TOTP', () => {
    const batch = readMigrationUri(DIM13_EXAMPLE)
    expect(batch).toEqual({
      records: [totp()],
      skipped: [],
      batch: { index: 0, size: 1, id: 0 }, // no batch fields in this hand-made example
      version: 0,
    })
    expect(encodeBase32(batch.records[0]?.secret as Uint8Array)).toBe('JBSWY3DPEHPK3PXP')
    expect(parseMigrationUri(DIM13_EXAMPLE)).toStrictEqual([totp()])
  })

  it('still decodes when form-decoded, URL-safe, unpadded, upper-cased or surrounded by spaces', () => {
    const data = DIM13_EXAMPLE.split('data=')[1] as string
    const variants = [
      ` ${DIM13_EXAMPLE}\n`,
      `OTPAUTH-MIGRATION://OFFLINE?data=${data}`,
      `otpauth-migration://offline/?data=${data}`,
      `otpauth-migration://offline?foo=bar&DATA=${data}#x`,
    ]
    for (const uri of variants) expect(parseMigrationUri(uri)).toStrictEqual([totp()])
  })
})

/** `uri` as the README says it may arrive: every encoding of `data` × scheme case × fragment × white space. */
function documentedVariants(uri: string): string[] {
  const base64 = decodeURIComponent(uri.split('data=')[1] as string)
  const encodings = {
    percentEncoded: encodeURIComponent(base64), // as written
    rawBase64: base64, // literal + / =
    // application/x-www-form-urlencoded decoding of the raw link: every '+' becomes a space.
    formDecoded: decodeURIComponent(base64.replace(/\+/g, ' ')),
    urlSafeUnpadded: base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
  }
  const variants: string[] = []
  for (const data of Object.values(encodings)) {
    for (const prefix of ['otpauth-migration://offline?data=', 'OTPAUTH-MIGRATION://OFFLINE?DATA=']) {
      for (const fragment of ['', '#imported']) {
        for (const [before, after] of [
          ['', ''],
          [' \t', '\n'],
          ['\n', ' '],
        ]) {
          variants.push(`${before}${prefix}${data}${fragment}${after}`)
        }
      }
    }
  }
  return variants
}

/** A batch as text, secrets in hex, for a fast exact comparison. */
function batchText(batch: ReturnType<typeof readMigrationUri>): string {
  return JSON.stringify(batch, (_, value: unknown) =>
    value instanceof Uint8Array ? Buffer.from(value).toString('hex') : value,
  )
}

describe('the data parameter', () => {
  // issue 13: the base64 ends in '+', written %2B; form-decoded, the link ends in a space.
  const issueRecord: OtpauthRecord = {
    type: 'totp',
    secret: new Uint8Array(10).fill(7),
    account: 'aaa',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  }
  const [issueUri] = buildMigrationUris([issueRecord], { batchId: 62 })

  it('reads a form-decoded + at the very end of the link (issue 13)', () => {
    expect(issueUri).toMatch(/%2B$/)
    const formDecoded = 'otpauth-migration://offline?data=ChcKCgcHBwcHBwcHBwcSA2FhYSABKAEwAhABGAEgACg '
    // The raw link (percent-decoded once), then form-decoded: '+' becomes a space.
    const raw = decodeURIComponent(issueUri as string)
    expect(decodeURIComponent(raw.replace(/\+/g, ' '))).toBe(formDecoded)
    expect(parseMigrationUri(formDecoded)).toStrictEqual([issueRecord])
    expect(parseMigrationUri(`${formDecoded} \n`)).toStrictEqual([issueRecord])
    expect(parseMigrationUri(`${formDecoded}#x`)).toStrictEqual([issueRecord])
    // Without the '+' the payload loses its last byte (the batch id): the space was not white space.
    expectMigrationInvalid(() => readMigrationUri(formDecoded.trimEnd()), 'PROTOBUF')
    // Spaces after a fragment or after another parameter were never part of the data.
    expectMigrationInvalid(() => readMigrationUri(`${formDecoded.trimEnd()}#x `), 'PROTOBUF')
    expectMigrationInvalid(() => readMigrationUri(`${formDecoded.trimEnd()}&x=1 `), 'PROTOBUF')
  })

  it('keeps trailing spaces as white space when the data reads without them', () => {
    const uri = buildMigrationUris([totp()], { batchId: 7 })[0] as string
    expect(uri).not.toMatch(/%2B$/) // the base64 does not end in '+'
    expect(parseMigrationUri(`${uri}   `)).toStrictEqual([totp()])
    const raw = decodeURIComponent(uri)
    expect(parseMigrationUri(`${raw} \n`)).toStrictEqual([totp()])
  })

  it('turns a space into + anywhere in the data (%20 too)', () => {
    // A payload whose base64 holds '+' and '/' inside: secret bytes chosen so.
    const secret = Uint8Array.from({ length: 20 }, (_, i) => 0xf8 + (i % 8))
    const record = totp({ secret, account: 'a', issuer: 'B' })
    const base64 = decodeURIComponent((buildMigrationUris([record])[0] as string).split('data=')[1] as string)
    expect(base64.slice(0, -4)).toMatch(/\+.*\//)
    expect(
      parseMigrationUri(`otpauth-migration://offline?data=${base64.replace(/\+/g, '%20')}`),
    ).toStrictEqual([record])
  })

  it('property: every documented variant of every exported link reads back the same records', () => {
    let endsInPlus = 0
    fc.assert(
      fc.property(
        fc.array(exportable, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 4 }),
        // The base64 ends in '+' when the payload's last byte (the batch id's last varint byte) is 62
        // or 126 and its length a multiple of 3: small ids make that frequent.
        fc.oneof(
          fc.integer({ min: -0x80000000, max: 0x7fffffff }),
          fc.integer({ min: 0, max: 127 }),
          fc.constantFrom(62, 126),
        ),
        (records, batchSize, batchId) => {
          const uris = buildMigrationUris(records, { batchSize, batchId })
          for (const uri of uris) {
            if (uri.endsWith('%2B')) endsInPlus++
            const expected = readMigrationUri(uri)
            const shown = batchText(expected)
            for (const variant of documentedVariants(uri)) {
              // A string comparison first: deep equality on 36 variants of every link is slow.
              const read = readMigrationUri(variant)
              if (batchText(read) !== shown) expect(read, JSON.stringify(variant)).toStrictEqual(expected)
            }
          }
          const all = uris.flatMap((uri) => documentedVariants(uri).map(readMigrationUri))
          expect(combineMigrationBatches(all).records).toStrictEqual(records)
        },
      ),
      { numRuns: 200 },
    )
    // The case of issue 13 (data ending in '+') is among those generated, not only in the example.
    expect(endsInPlus).toBeGreaterThan(0)
  })
})

describe('entries', () => {
  it('maps algorithm 0/1/2/3, digits 0/1/2 and type 0/1/2', () => {
    const uri = payloadUri([
      entry({ secret: SECRET_BYTES, name: 'a' }),
      entry({ secret: SECRET_BYTES, name: 'b', algorithm: 1, digits: 1, type: 2 }),
      entry({ secret: SECRET_BYTES, name: 'c', algorithm: 2, digits: 2, type: 0 }),
      entry({ secret: SECRET_BYTES, name: 'd', algorithm: 3, type: 1, counter: 42 }),
      entry({ secret: SECRET_BYTES, name: 'e', type: 1 }),
      entry({ secret: SECRET_BYTES, name: 'f', type: 1, counter: Number.MAX_SAFE_INTEGER }),
    ])
    const base = { type: 'totp', secret: SECRET_BYTES, algorithm: 'SHA1', digits: 6, period: 30 } as const
    expect(parseMigrationUri(uri)).toStrictEqual([
      { ...base, account: 'a' },
      { ...base, account: 'b' },
      { ...base, account: 'c', algorithm: 'SHA256', digits: 8 },
      { ...base, account: 'd', algorithm: 'SHA512', type: 'hotp', counter: 42 },
      { ...base, account: 'e', type: 'hotp', counter: 0 },
      { ...base, account: 'f', type: 'hotp', counter: Number.MAX_SAFE_INTEGER },
    ])
  })

  it('splits the name into issuer and account', () => {
    const cases: [EntryFields, { issuer?: string; account: string }][] = [
      [{ name: 'ACME:alice' }, { issuer: 'ACME', account: 'alice' }],
      [{ name: 'ACME:  alice' }, { issuer: 'ACME', account: 'alice' }],
      [{ name: 'ACME:alice:work' }, { issuer: 'ACME', account: 'alice:work' }],
      [{ name: ':alice' }, { account: 'alice' }],
      [{ name: 'alice' }, { account: 'alice' }],
      [{}, { account: '' }],
      [
        { name: 'ACME:alice', issuer: 'ACME' },
        { issuer: 'ACME', account: 'alice' },
      ],
      [
        { name: 'ACME: alice', issuer: 'ACME' },
        { issuer: 'ACME', account: ' alice' },
      ],
      [
        { name: 'alice', issuer: 'ACME' },
        { issuer: 'ACME', account: 'alice' },
      ],
      [
        { name: 'Other:alice', issuer: 'ACME' },
        { issuer: 'ACME', account: 'Other:alice' },
      ],
      [
        { name: 'Tribunal de Justiça:joão 😀', issuer: '' },
        { issuer: 'Tribunal de Justiça', account: 'joão 😀' },
      ],
    ]
    for (const [fields, names] of cases) {
      const [record] = parseMigrationUri(payloadUri([entry({ secret: SECRET_BYTES, ...fields })]))
      expect(record).toStrictEqual({
        type: 'totp',
        secret: SECRET_BYTES,
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        ...names,
      })
    }
  })

  it('skips unsupported entries with their position and names, and returns the others', () => {
    const good = entry({ secret: SECRET_BYTES, name: 'ok', issuer: 'Good' })
    const uri = payloadUri(
      [
        entry({ secret: SECRET_BYTES, name: 'ACME:md5', algorithm: 4 }),
        good,
        entry({ secret: new Uint8Array(0), name: 'empty' }),
        entry({ secret: SECRET_BYTES, name: 'x', issuer: 'I', algorithm: 9 }),
        entry({ secret: SECRET_BYTES, name: 'seven', digits: 3 }),
        entry({ secret: SECRET_BYTES, name: 'steam', type: 3 }),
        entry({ secret: SECRET_BYTES, name: 'big', type: 1, counter: 2 ** 53 }),
        entry({ secret: SECRET_BYTES, name: 'negative', type: 1, counter: -1 }),
        Uint8Array.of(0x0b), // wire type 3 inside the entry
        entry({ secret: SECRET_BYTES, name: Uint8Array.of(0xc3, 0x28) }), // invalid UTF-8
        Uint8Array.of(0x08, 0x01), // secret field written as a varint
        entry({ secret: SECRET_BYTES, name: 'neg-algo', algorithm: -1 }),
        good,
      ],
      { size: 2, index: 1, id: -5 },
    )
    const batch = readMigrationUri(uri)
    const record = {
      type: 'totp',
      secret: SECRET_BYTES,
      account: 'ok',
      issuer: 'Good',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    }
    expect(batch.records).toStrictEqual([record, record])
    expect(batch.skipped).toStrictEqual([
      { position: 0, reason: 'UNSUPPORTED_ALGORITHM', issuer: 'ACME', account: 'md5' },
      { position: 2, reason: 'EMPTY_SECRET', account: 'empty' },
      { position: 3, reason: 'UNSUPPORTED_ALGORITHM', issuer: 'I', account: 'x' },
      { position: 4, reason: 'UNSUPPORTED_DIGITS', account: 'seven' },
      { position: 5, reason: 'UNSUPPORTED_TYPE', account: 'steam' },
      { position: 6, reason: 'UNSUPPORTED_COUNTER', account: 'big' },
      { position: 7, reason: 'UNSUPPORTED_COUNTER', account: 'negative' },
      { position: 8, reason: 'PROTOBUF' },
      { position: 9, reason: 'PROTOBUF' },
      { position: 10, reason: 'PROTOBUF' },
      { position: 11, reason: 'UNSUPPORTED_ALGORITHM', account: 'neg-algo' },
    ])
    expect(batch.batch).toEqual({ size: 2, index: 1, id: -5 })
    expect(batch.version).toBe(1)

    // The strict form refuses the whole export, and says where and how to read the rest.
    const error = thrown(() => parseMigrationUri(uri))
    expect(isA2FError(error, 'MIGRATION_INVALID')).toBe(true)
    expect((error as { details: unknown }).details).toEqual({
      reason: 'UNSUPPORTED_ENTRY',
      positions: [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    })
    expect((error as Error).message).toContain('readMigrationUri')
  })

  it('skips unknown fields (wire types 0, 1, 2, 5) in the payload and in entries', () => {
    const withUnknown = new Uint8Array([
      ...entry({ secret: SECRET_BYTES, name: 'alice' }),
      ...[0x40, 0x05], // field 8, varint
      ...[0x49, 1, 2, 3, 4, 5, 6, 7, 8], // field 9, I64
      ...[0x52, 0x01, 0x00], // field 10, LEN
      ...[0x5d, 1, 2, 3, 4], // field 11, I32
    ])
    const payload = new ProtobufWriter()
      .bytes(1, withUnknown)
      .varint(6, 3)
      .bytes(7, Uint8Array.of(1))
      .finish()
    expect(parseMigrationUri(dataUri(payload))).toStrictEqual([
      { type: 'totp', secret: SECRET_BYTES, account: 'alice', algorithm: 'SHA1', digits: 6, period: 30 },
    ])
  })

  it('copies each secret out of the payload buffer', () => {
    const [record] = parseMigrationUri(DIM13_EXAMPLE)
    expect(record?.secret.buffer.byteLength).toBe(10)
  })
})

describe('every MIGRATION_INVALID reason', () => {
  const data = DIM13_EXAMPLE.split('data=')[1] as string
  const bad: [MigrationInvalidReason, unknown][] = [
    ['NOT_A_STRING', null],
    ['NOT_A_STRING', ['otpauth-migration://offline?data=x']],
    ['SCHEME', `otpauth://offline?data=${data}`],
    ['SCHEME', `otpauth-migration://online?data=${data}`],
    ['SCHEME', `otpauth-migration:offline?data=${data}`],
    ['SCHEME', `https://offline?data=${data}`],
    ['MISSING_DATA', 'otpauth-migration://offline'],
    ['MISSING_DATA', 'otpauth-migration://offline?'],
    ['MISSING_DATA', 'otpauth-migration://offline?data='],
    ['MISSING_DATA', 'otpauth-migration://offline?data'],
    ['MISSING_DATA', `otpauth-migration://offline?datum=${data}`],
    ['DUPLICATE_DATA', `otpauth-migration://offline?data=${data}&data=${data}`],
    ['BASE64', 'otpauth-migration://offline?data=CjEK*khl'],
    ['BASE64', 'otpauth-migration://offline?data=CjEKC'],
    ['BASE64', 'otpauth-migration://offline?data=CjEK%ZZ'],
    ['BASE64', 'otpauth-migration://offline?data=Cj%C3%A9K'],
    ['BASE64', 'otpauth-migration://offline?data=CjEK\nCkhl'],
    ['PROTOBUF', dataUri(Uint8Array.of(0x0b))], // wire type 3
    ['PROTOBUF', dataUri(Uint8Array.of(0x0c))], // wire type 4
    ['PROTOBUF', dataUri(Uint8Array.of(0x0a, 0x05, 0x0a))], // truncated entry
    ['PROTOBUF', dataUri(Uint8Array.of(0x08, 0x01))], // otp_parameters as a varint
    ['PROTOBUF', dataUri(Uint8Array.of(0x1a, 0x00))], // batch_size as bytes
    ['PROTOBUF', dataUri(new ProtobufWriter().varint(3, 2).varint(4, 2).finish())], // index ≥ size
    ['PROTOBUF', dataUri(new ProtobufWriter().varint(3, -1).finish())], // negative size
    ['PROTOBUF', dataUri(new ProtobufWriter().varint(4, -1).finish())], // negative index
    ['PROTOBUF', `otpauth-migration://offline?data=${data.slice(0, -4)}`], // the entry runs past the end
  ]
  it.each(bad.map(([reason, uri]) => [reason, typeof uri === 'string' ? uri.slice(0, 90) : uri, uri]))(
    '%s: %j',
    (reason, _, uri) => {
      expectMigrationInvalid(() => readMigrationUri(uri as string), reason as MigrationInvalidReason)
    },
  )

  it('EMPTY_SECRET, UNSUPPORTED_ALGORITHM/DIGITS/TYPE/COUNTER and UNSUPPORTED_ENTRY: see "skips unsupported entries"', () => {
    const uri = payloadUri([entry({ name: 'no secret' })])
    expect(readMigrationUri(uri).skipped).toEqual([
      { position: 0, reason: 'EMPTY_SECRET', account: 'no secret' },
    ])
    expectMigrationInvalid(() => parseMigrationUri(uri), 'UNSUPPORTED_ENTRY', { positions: [0] })
  })

  it('UNSUPPORTED_PERIOD and UNSUPPORTED_DIGITS from buildMigrationUris, with the position', () => {
    const records = [totp(), totp({ period: 60 })]
    expectMigrationInvalid(() => buildMigrationUris(records), 'UNSUPPORTED_PERIOD', { position: 1 })
    expectMigrationInvalid(
      () => buildMigrationUris([totp(), totp(), totp({ digits: 7 })]),
      'UNSUPPORTED_DIGITS',
      {
        position: 2,
      },
    )
    expectMigrationInvalid(() => buildMigrationUris([totp({ digits: 10 })]), 'UNSUPPORTED_DIGITS', {
      position: 0,
    })
  })

  it('never puts the data in a message or details', () => {
    const secretData = DIM13_EXAMPLE.split('data=')[1] as string
    const uris = [
      `otpauth-migration://offline?data=${secretData}&data=${secretData}`,
      `otpauth-migration://offline?data=${secretData}*`,
      `otpauth-migration://offline?data=${secretData}%`,
      `otpauth-migration://offline?data=${secretData.slice(0, -4)}`,
      `otpauth-migration://online?data=${secretData}`,
      `otpauth-migration://offline?data=${secretData}A`,
    ]
    for (const uri of uris) {
      const error = thrown(() => readMigrationUri(uri)) as Error & { details: unknown }
      expect(isA2FError(error, 'MIGRATION_INVALID')).toBe(true)
      const shown = `${error.message} ${JSON.stringify(error.details)}`
      for (let i = 0; i + 6 <= secretData.length; i++) expect(shown).not.toContain(secretData.slice(i, i + 6))
      for (const name of ['Example', 'alice', 'JBSWY3']) expect(shown).not.toContain(name)
    }
  })
})

describe('buildMigrationUris', () => {
  it('writes version 1, batch fields and the names as Google does', () => {
    const { issuer: _, ...bob } = totp({ account: 'bob' })
    const [uri, ...rest] = buildMigrationUris([totp(), bob], { batchId: 123 })
    expect(rest).toEqual([])
    const bytes = Buffer.from(decodeURIComponent((uri as string).split('data=')[1] as string), 'base64')
    const first = entry({
      secret: SECRET_BYTES,
      name: 'Example:alice@google.com',
      issuer: 'Example',
      algorithm: 1,
      digits: 1,
      type: 2,
    })
    const second = entry({ secret: SECRET_BYTES, name: 'bob', algorithm: 1, digits: 1, type: 2 })
    const expected = new ProtobufWriter()
      .bytes(1, first)
      .bytes(1, second)
      .varint(2, 1)
      .varint(3, 1)
      .varint(4, 0)
      .varint(5, 123)
      .finish()
    expect(new Uint8Array(bytes)).toEqual(expected)
  })

  it('writes HOTP with its counter and without a period', () => {
    const hotp = totp({ type: 'hotp', counter: 2 ** 40, period: 60 })
    const [read] = parseMigrationUri(buildMigrationUris([hotp])[0] as string)
    expect(read).toStrictEqual({ ...hotp, period: 30 })
  })

  it('returns [] for no records, and picks a random positive 31-bit batch id', () => {
    expect(buildMigrationUris([])).toEqual([])
    const ids = new Set<number>()
    for (let i = 0; i < 20; i++) {
      const { id } = readMigrationUri(buildMigrationUris([totp()])[0] as string).batch
      expect(Number.isInteger(id) && id >= 1 && id <= 0x7fffffff).toBe(true)
      ids.add(id)
    }
    expect(ids.size).toBeGreaterThan(1)
  })

  it('accepts any non-empty secret (Google does), and any int32 batch id', () => {
    const short = totp({ secret: Uint8Array.of(1, 2, 3) })
    expect(parseMigrationUri(buildMigrationUris([short])[0] as string)).toStrictEqual([short])
    expect(
      readMigrationUri(buildMigrationUris([totp()], { batchId: -2147483648 })[0] as string).batch.id,
    ).toBe(-2147483648)
  })

  it('refuses invalid options and records with OPTION_INVALID', () => {
    const option = (action: () => unknown, name: string): void => {
      const error = thrown(action)
      expect(isA2FError(error, 'OPTION_INVALID')).toBe(true)
      expect((error as { details: { option: string } }).details.option).toBe(name)
    }
    option(() => buildMigrationUris('x' as unknown as OtpauthRecord[]), 'records')
    option(() => buildMigrationUris([totp()], { batchSize: 0 }), 'batchSize')
    option(() => buildMigrationUris([totp()], { batchSize: 2.5 }), 'batchSize')
    option(() => buildMigrationUris([], { batchSize: -1 }), 'batchSize')
    option(() => buildMigrationUris([totp()], { batchId: 2 ** 31 }), 'batchId')
    option(() => buildMigrationUris([totp()], { batchId: 1.5 }), 'batchId')
    option(() => buildMigrationUris([totp(), totp({ secret: new Uint8Array(0) })]), 'records[1].secret')
    option(() => buildMigrationUris([totp({ algorithm: 'MD5' as 'SHA1' })]), 'records[0].algorithm')
    option(() => buildMigrationUris([totp({ type: 'hotp' })]), 'records[0].counter')
    option(() => buildMigrationUris([totp({ account: 'a\udc00' })]), 'records[0].account')
    option(() => buildMigrationUris([null as unknown as OtpauthRecord]), 'records[0]')
  })
})

describe('batches', () => {
  const records = Array.from({ length: 25 }, (_, i) =>
    totp({ account: `account ${i}`, secret: Uint8Array.from({ length: 20 }, (__, j) => i * 20 + j) }),
  )
  const uris = buildMigrationUris(records, { batchId: 4242 })
  const batches = uris.map(readMigrationUri)

  it('splits 25 records into 3 QR codes of 10, 10 and 5', () => {
    expect(uris).toHaveLength(3)
    expect(batches.map((b) => b.records.length)).toEqual([10, 10, 5])
    expect(batches.map((b) => b.batch)).toEqual([
      { index: 0, size: 3, id: 4242 },
      { index: 1, size: 3, id: 4242 },
      { index: 2, size: 3, id: 4242 },
    ])
    expect(batches.every((b) => b.version === 1)).toBe(true)
  })

  it('gives every record back, in order, when all QR codes are combined (in any order)', () => {
    const all = combineMigrationBatches([batches[2], batches[0], batches[1]] as typeof batches)
    expect(all.records).toStrictEqual(records)
    expect(all.batches).toEqual([{ id: 4242, size: 3, received: [0, 1, 2], missing: [] }])
    expect(all.skipped).toEqual([])
    expect(all.complete).toBe(true)
  })

  it('reports the missing QR code', () => {
    const partial = combineMigrationBatches([batches[0], batches[2]] as typeof batches)
    expect(partial.complete).toBe(false)
    expect(partial.batches).toEqual([{ id: 4242, size: 3, received: [0, 2], missing: [1] }])
    expect(partial.records).toStrictEqual([...records.slice(0, 10), ...records.slice(20)])
  })

  it('ignores a QR code scanned twice', () => {
    const twice = combineMigrationBatches([
      batches[0],
      batches[1],
      batches[0],
      readMigrationUri(uris[1] as string),
    ] as typeof batches)
    expect(twice).toEqual(combineMigrationBatches([batches[0], batches[1]] as typeof batches))
    expect(twice.records).toHaveLength(20)
  })

  it('keeps exports apart by batch id, and separates different exports whose ids collide', () => {
    const other = readMigrationUri(
      buildMigrationUris([totp({ account: 'other' })], { batchId: 7 })[0] as string,
    )
    const mixed = combineMigrationBatches([batches[1], other] as typeof batches)
    expect(mixed.batches).toEqual([
      { id: 4242, size: 3, received: [1], missing: [0, 2] },
      { id: 7, size: 1, received: [0], missing: [] },
    ])
    expect(mixed.complete).toBe(false)

    // Two hand-made single exports without batch fields both have id 0: neither is dropped.
    const second = payloadUri([entry({ secret: Uint8Array.of(9, 9, 9, 9, 9, 9, 9, 9, 9, 9), name: 'bob' })])
    const pair = combineMigrationBatches([
      readMigrationUri(DIM13_EXAMPLE),
      readMigrationUri(second),
      readMigrationUri(DIM13_EXAMPLE),
    ])
    expect(pair.records.map((r) => r.account)).toEqual(['alice@google.com', 'bob'])
    expect(pair.batches).toEqual([
      { id: 0, size: 1, received: [0], missing: [] },
      { id: 0, size: 1, received: [0], missing: [] },
    ])
    expect(pair.complete).toBe(true)
  })

  it('labels skipped entries with their QR code', () => {
    const uri = payloadUri([entry({ secret: SECRET_BYTES, name: 'md5', algorithm: 4 })], {
      size: 2,
      index: 1,
      id: 9,
    })
    const result = combineMigrationBatches([readMigrationUri(uri)])
    expect(result.skipped).toEqual([
      { position: 0, reason: 'UNSUPPORTED_ALGORITHM', account: 'md5', batchId: 9, batchIndex: 1 },
    ])
    expect(result.batches).toEqual([{ id: 9, size: 2, received: [1], missing: [0] }])
  })

  it('is not complete when nothing was scanned', () => {
    expect(combineMigrationBatches([])).toEqual({ records: [], skipped: [], batches: [], complete: false })
  })
})

// --- properties ---------------------------------------------------------------------------------------

/** Records Google's format can carry: period 30, digits 6 or 8, and no ':' in an account without issuer. */
const exportable = otpauthRecords({ digits: fc.constantFrom(6, 8), period: fc.constant(30) }).filter(
  ({ issuer, account }) => issuer !== undefined || !account.includes(':'),
)

describe('properties', () => {
  it('reading every URI of buildMigrationUris(records) and combining them gives records back', () => {
    fc.assert(
      fc.property(
        fc.array(exportable, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -0x80000000, max: 0x7fffffff }),
        (records, batchSize, batchId) => {
          const uris = buildMigrationUris(records, { batchSize, batchId })
          expect(uris).toHaveLength(Math.ceil(records.length / batchSize))
          const result = combineMigrationBatches(uris.map(readMigrationUri).reverse())
          expect(result.records).toStrictEqual(records)
          expect(result.skipped).toEqual([])
          expect(result.complete).toBe(true)
          expect(result.batches).toEqual([
            { id: batchId, size: uris.length, received: uris.map((_, i) => i), missing: [] },
          ])
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('a single record survives parseMigrationUri(buildMigrationUris([record])[0])', () => {
    fc.assert(
      fc.property(exportable, (record) => {
        expect(parseMigrationUri(buildMigrationUris([record])[0] as string)).toStrictEqual([record])
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws anything but MIGRATION_INVALID on arbitrary payload bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        try {
          readMigrationUri(dataUri(bytes))
        } catch (error) {
          expect(isA2FError(error, 'MIGRATION_INVALID')).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
