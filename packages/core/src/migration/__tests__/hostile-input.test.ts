/**
 * Hostile Google Authenticator exports: every count, length and index read from the link or the
 * protobuf is bounded (limits.ts) before anything is made from it, and every case ends in a typed
 * A2FError or a typed skip — never a process that runs out of memory (issue 13: a 93-character link
 * claiming 2^31 − 1 QR codes made `combineMigrationBatches` allocate until Node aborted).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isA2FError, type A2FError } from '../../errors.js'
import {
  MAX_LABEL_LENGTH,
  MAX_MIGRATION_BATCH_SIZE,
  MAX_MIGRATION_BATCHES,
  MAX_MIGRATION_ENTRIES,
  MAX_MIGRATION_PAYLOAD_BYTES,
  MAX_MIGRATION_URI_LENGTH,
  MAX_PROTOBUF_FIELDS,
  MAX_SECRET_BYTES,
  type InputLimit,
} from '../../limits.js'
import type { OtpauthRecord } from '../../uri/index.js'
import {
  buildMigrationUris,
  combineMigrationBatches,
  readMigrationUri,
  type MigrationBatch,
} from '../index.js'
import { ProtobufWriter } from '../protobuf.js'

const KEY = Uint8Array.of(0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x21, 0xde, 0xad, 0xbe, 0xef)
const PREFIX = 'otpauth-migration://offline?data='

const dataUri = (bytes: Uint8Array): string =>
  PREFIX + encodeURIComponent(Buffer.from(bytes).toString('base64'))

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values)
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]))

/** An OtpParameters message with a key and a name. */
const account = (name = 'alice', secret: Uint8Array = KEY): Uint8Array =>
  new ProtobufWriter().bytes(1, secret).string(2, name).finish()

/** A MigrationPayload of `entries`, with batch fields when given. */
function payload(entries: Uint8Array[], batch?: { size: number; index: number; id?: number }): Uint8Array {
  const writer = new ProtobufWriter()
  for (const entry of entries) writer.bytes(1, entry)
  writer.varint(2, 1)
  if (batch)
    writer
      .varint(3, batch.size)
      .varint(4, batch.index)
      .varint(5, batch.id ?? 1)
  return writer.finish()
}

function thrown(action: () => unknown): A2FError {
  try {
    action()
  } catch (error) {
    if (isA2FError(error)) return error
    throw error
  }
  throw new Error('expected an A2FError')
}

function expectTooLarge(action: () => unknown, limit: InputLimit, maximum: number, actual: number): void {
  const error = thrown(action)
  expect(error.code).toBe('MIGRATION_INVALID')
  expect(error.details).toEqual({ reason: 'TOO_LARGE', limit, maximum, actual })
  expect(error.message).toContain(limit)
}

function expectReason(action: () => unknown, reason: string): void {
  const error = thrown(action)
  expect(error.code).toBe('MIGRATION_INVALID')
  expect(error.details).toMatchObject({ reason })
}

/** The link of issue 13: one account, batch_size = 2^31 − 1, batch_index = 0. */
const ISSUE_URI = dataUri(payload([account('a')], { size: 0x7fffffff, index: 0, id: 7 }))

describe('issue 13: a QR code claiming 2^31 − 1 QR codes', () => {
  it('is a short link', () => {
    expect(ISSUE_URI.length).toBeLessThan(100)
  })

  it('is refused by readMigrationUri with the bound and the claim', () => {
    expectTooLarge(() => readMigrationUri(ISSUE_URI), 'MAX_MIGRATION_BATCH_SIZE', 1000, 0x7fffffff)
  })

  it('is refused by combineMigrationBatches when the batch is made by hand', () => {
    const forged: MigrationBatch = {
      records: [],
      skipped: [],
      batch: { index: 0, size: 0x7fffffff, id: 7 },
      version: 1,
    }
    expectTooLarge(() => combineMigrationBatches([forged]), 'MAX_MIGRATION_BATCH_SIZE', 1000, 0x7fffffff)
    const farIndex = { ...forged, batch: { index: 0x7ffffffe, size: 1, id: 7 } }
    expectTooLarge(() => combineMigrationBatches([farIndex]), 'MAX_MIGRATION_BATCH_SIZE', 1000, 0x7fffffff)
  })

  it('does not abort a process with a 32 MB heap (it did, in about 2 s, before the bound)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'a2f-hostile-'))
    try {
      const file = join(dir, 'run.mjs')
      const source = fileURLToPath(new URL('../index.ts', import.meta.url))
      const bundle = await build({
        stdin: {
          contents: `
            import { combineMigrationBatches, readMigrationUri } from ${JSON.stringify(source)}
            let outcome
            try {
              outcome = combineMigrationBatches([readMigrationUri(${JSON.stringify(ISSUE_URI)})]).batches[0].missing.length
            } catch (error) {
              outcome = error.code + ' ' + error.details.reason + ' ' + error.details.limit
            }
            console.log(outcome)`,
          resolveDir: dir,
          loader: 'ts',
        },
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        write: false,
        logLevel: 'silent',
      })
      writeFileSync(file, bundle.outputFiles[0]?.text ?? '')
      const child = spawnSync(process.execPath, ['--max-old-space-size=32', file], {
        encoding: 'utf8',
        timeout: 30_000,
      })
      expect(child.signal).toBeNull()
      expect(child.stderr).toBe('')
      expect(child.status).toBe(0)
      expect(child.stdout.trim()).toBe('MIGRATION_INVALID TOO_LARGE MAX_MIGRATION_BATCH_SIZE')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('huge counts', () => {
  it('reads an export of MAX_MIGRATION_BATCH_SIZE QR codes, and refuses one more', () => {
    const last = readMigrationUri(dataUri(payload([account()], { size: 1000, index: 999 })))
    expect(last.batch).toEqual({ index: 999, size: 1000, id: 1 })
    expect(combineMigrationBatches([last]).batches[0]?.missing).toHaveLength(999)
    expectTooLarge(
      () => readMigrationUri(dataUri(payload([account()], { size: 1001, index: 0 }))),
      'MAX_MIGRATION_BATCH_SIZE',
      MAX_MIGRATION_BATCH_SIZE,
      1001,
    )
  })

  it('reads MAX_MIGRATION_ENTRIES accounts in one QR code, and refuses one more', () => {
    const many = Array.from({ length: MAX_MIGRATION_ENTRIES }, (_, i) => account(`a${i}`))
    expect(readMigrationUri(dataUri(payload(many))).records).toHaveLength(1000)
    expectTooLarge(
      () => readMigrationUri(dataUri(payload([...many, account()]))),
      'MAX_MIGRATION_ENTRIES',
      MAX_MIGRATION_ENTRIES,
      1001,
    )
  })

  it('counts empty accounts too (2 bytes each: a QR code holds over a thousand)', () => {
    const empty = new Uint8Array(0)
    const skipped = readMigrationUri(dataUri(payload(Array.from({ length: 1000 }, () => empty)))).skipped
    expect(skipped).toHaveLength(1000)
    expect(skipped[999]).toEqual({ position: 999, reason: 'EMPTY_SECRET', account: '' })
    expectTooLarge(
      () => readMigrationUri(dataUri(payload(Array.from({ length: 1001 }, () => empty)))),
      'MAX_MIGRATION_ENTRIES',
      MAX_MIGRATION_ENTRIES,
      1001,
    )
  })

  it('bounds the other fields of the payload, repeated or unknown', () => {
    const withFields = (count: number, field: number): Uint8Array => {
      const writer = new ProtobufWriter().bytes(1, account())
      for (let i = 0; i < count; i++) writer.varint(field, 1)
      return writer.finish()
    }
    expect(readMigrationUri(dataUri(withFields(MAX_PROTOBUF_FIELDS, 9))).records).toHaveLength(1)
    expectTooLarge(
      () => readMigrationUri(dataUri(withFields(MAX_PROTOBUF_FIELDS + 1, 9))),
      'MAX_PROTOBUF_FIELDS',
      MAX_PROTOBUF_FIELDS,
      65,
    )
    // batch_size repeated: protobuf keeps the last one, and the repeats count.
    expect(readMigrationUri(dataUri(withFields(MAX_PROTOBUF_FIELDS, 3))).batch.size).toBe(1)
    expectTooLarge(
      () => readMigrationUri(dataUri(withFields(MAX_PROTOBUF_FIELDS + 1, 3))),
      'MAX_PROTOBUF_FIELDS',
      MAX_PROTOBUF_FIELDS,
      65,
    )
  })

  it('skips an account with more than MAX_PROTOBUF_FIELDS fields and imports the others', () => {
    const writer = new ProtobufWriter().bytes(1, KEY)
    for (let i = 0; i < MAX_PROTOBUF_FIELDS; i++) writer.string(2, 'again') // repeated name
    const batch = readMigrationUri(dataUri(payload([writer.finish(), account('bob')])))
    expect(batch.records.map((r) => r.account)).toEqual(['bob'])
    expect(batch.skipped).toEqual([{ position: 0, reason: 'TOO_LARGE', limit: 'MAX_PROTOBUF_FIELDS' }])
    // At the bound it is read, and the last name wins.
    const atBound = new ProtobufWriter().bytes(1, KEY)
    for (let i = 0; i < MAX_PROTOBUF_FIELDS - 1; i++) atBound.string(2, `name ${i}`)
    expect(readMigrationUri(dataUri(payload([atBound.finish()]))).records[0]?.account).toBe('name 62')
  })

  it('refuses more than MAX_MIGRATION_BATCHES QR codes in combineMigrationBatches', () => {
    const one = readMigrationUri(dataUri(payload([account()])))
    expectTooLarge(
      () => combineMigrationBatches(Array.from({ length: MAX_MIGRATION_BATCHES + 1 }, () => one)),
      'MAX_MIGRATION_BATCHES',
      MAX_MIGRATION_BATCHES,
      1001,
    )
  })

  it('combines MAX_MIGRATION_BATCHES QR codes of different exports, each claiming the largest size', () => {
    const forged = Array.from({ length: MAX_MIGRATION_BATCHES }, (_, id): MigrationBatch => ({
      records: [],
      skipped: [],
      batch: { index: 0, size: MAX_MIGRATION_BATCH_SIZE, id },
      version: 1,
    }))
    const result = combineMigrationBatches(forged)
    expect(result.batches).toHaveLength(1000)
    expect(result.batches.every((group) => group.missing.length === 999)).toBe(true)
  })

  it('refuses hand-made batch fields that are not whole numbers (OPTION_INVALID)', () => {
    const base = { records: [], skipped: [], version: 1 }
    const cases: [unknown, string][] = [
      [{ ...base, batch: { index: 0, size: 0, id: 1 } }, 'batches[0].batch.size'],
      [{ ...base, batch: { index: 0, size: Number.NaN, id: 1 } }, 'batches[0].batch.size'],
      [{ ...base, batch: { index: 0, size: 1.5, id: 1 } }, 'batches[0].batch.size'],
      [{ ...base, batch: { index: -1, size: 1, id: 1 } }, 'batches[0].batch.index'],
      [{ ...base, batch: { index: 0, size: 1, id: '1' } }, 'batches[0].batch.id'],
      [{ ...base }, 'batches[0]'],
      [null, 'batches[0]'],
    ]
    for (const [batch, option] of cases) {
      const error = thrown(() => combineMigrationBatches([batch as MigrationBatch]))
      expect(error.code).toBe('OPTION_INVALID')
      expect(error.details).toMatchObject({ option })
    }
  })
})

describe('huge lengths', () => {
  it('refuses a link over MAX_MIGRATION_URI_LENGTH before reading it (even before trimming)', () => {
    expectTooLarge(
      () => readMigrationUri(' '.repeat(MAX_MIGRATION_URI_LENGTH + 1)),
      'MAX_MIGRATION_URI_LENGTH',
      MAX_MIGRATION_URI_LENGTH,
      MAX_MIGRATION_URI_LENGTH + 1,
    )
    const percentEncoded = PREFIX + '%41'.repeat(1_400_004)
    expectTooLarge(
      () => readMigrationUri(percentEncoded),
      'MAX_MIGRATION_URI_LENGTH',
      MAX_MIGRATION_URI_LENGTH,
      percentEncoded.length,
    )
    // Within the bound, a million separators cost one pass.
    expectReason(() => readMigrationUri(PREFIX.replace('data=', '&'.repeat(1_000_000))), 'MISSING_DATA')
  })

  it('refuses data that would decode to more than MAX_MIGRATION_PAYLOAD_BYTES, before decoding', () => {
    expectTooLarge(
      () => readMigrationUri(PREFIX + 'A'.repeat(1_400_000)),
      'MAX_MIGRATION_PAYLOAD_BYTES',
      MAX_MIGRATION_PAYLOAD_BYTES,
      1_050_000,
    )
  })

  it('skips a key over MAX_SECRET_BYTES, naming the account, and reads one at the bound', () => {
    const batch = readMigrationUri(
      dataUri(
        payload([account('big', new Uint8Array(MAX_SECRET_BYTES + 1)), account('max', new Uint8Array(1024))]),
      ),
    )
    expect(batch.skipped).toEqual([
      { position: 0, reason: 'TOO_LARGE', limit: 'MAX_SECRET_BYTES', account: 'big' },
    ])
    expect(batch.records.map((r) => [r.account, r.secret.length])).toEqual([['max', 1024]])
  })

  it('skips names over MAX_LABEL_LENGTH, measured before and after UTF-8 decoding', () => {
    const long = 'x'.repeat(MAX_LABEL_LENGTH + 1)
    const atBound = 'ç'.repeat(MAX_LABEL_LENGTH) // 2 bytes each
    const issuerField = (issuer: string, name: string): Uint8Array =>
      new ProtobufWriter().bytes(1, KEY).string(2, name).string(3, issuer).finish()
    const batch = readMigrationUri(
      dataUri(
        payload([
          account(long), // account of 1025
          account(`${long}:bob`), // issuer prefix of 1025
          issuerField(long, 'bob'), // issuer field of 1025
          account('€'.repeat(3 * MAX_LABEL_LENGTH)), // 9216 bytes: refused before decoding
          account(`${atBound}:${atBound}`), // issuer and account of 1024 each: read
        ]),
      ),
    )
    const skip = { reason: 'TOO_LARGE', limit: 'MAX_LABEL_LENGTH' }
    expect(batch.skipped).toEqual([0, 1, 2, 3].map((position) => ({ position, ...skip })))
    expect(batch.records).toHaveLength(1)
    expect(batch.records[0]?.issuer).toBe(atBound)
    expect(batch.records[0]?.account).toBe(atBound)
  })

  it('refuses lengths that run past the end, however large', () => {
    const lengths = [
      [0x05],
      [0xff, 0xff, 0xff, 0xff, 0x0f],
      [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
    ]
    for (const length of lengths) {
      // The payload's account field, then a field inside an account.
      expectReason(() => readMigrationUri(dataUri(bytes(0x0a, ...length, 0x0a))), 'PROTOBUF')
      const inner = bytes(0x0a, ...length, 1, 2)
      expect(readMigrationUri(dataUri(concat(bytes(0x0a, inner.length), inner))).skipped).toEqual([
        { position: 0, reason: 'PROTOBUF' },
      ])
    }
  })
})

describe('malformed structure', () => {
  it('does not descend into nested messages: 10,000 levels inside an unknown field cost one view', () => {
    // Field 15 (LEN) holding field 15 holding …: headers written from the inside out, then joined.
    const headers: number[][] = []
    let length = 2
    for (let i = 0; i < 10_000; i++) {
      const header = [0x7a]
      for (let rest = length; ; rest >>>= 7) {
        if (rest < 0x80) {
          header.push(rest)
          break
        }
        header.push((rest & 0x7f) | 0x80)
      }
      headers.push(header)
      length += header.length
    }
    const nested = Uint8Array.from([...headers.reverse().flat(), 0x08, 0x01])
    const entry = concat(account('deep'), new ProtobufWriter().bytes(15, nested).finish())
    const batch = readMigrationUri(
      dataUri(concat(payload([entry]), new ProtobufWriter().bytes(9, nested).finish())),
    )
    expect(batch.records.map((r) => r.account)).toEqual(['deep'])
  })

  it('gives wrong wire types a typed error or skip', () => {
    expectReason(() => readMigrationUri(dataUri(bytes(0x0d, 1, 2, 3, 4))), 'PROTOBUF') // accounts as I32
    expectReason(() => readMigrationUri(dataUri(bytes(0x09, 1, 2, 3, 4, 5, 6, 7, 8))), 'PROTOBUF') // as I64
    expectReason(() => readMigrationUri(dataUri(bytes(0x22, 0x01, 0x00))), 'PROTOBUF') // batch_index as LEN
    expectReason(() => readMigrationUri(dataUri(bytes(0x0b))), 'PROTOBUF') // group start
    const secretAsVarint = bytes(0x08, 0x01, 0x12, 0x01, 0x61)
    expect(
      readMigrationUri(dataUri(concat(bytes(0x0a, secretAsVarint.length), secretAsVarint))).skipped,
    ).toEqual([{ position: 0, reason: 'PROTOBUF' }])
  })

  it('gives huge varints a typed error: 11 bytes, over 64 bits, or an int32 that is negative', () => {
    expectReason(
      () => readMigrationUri(dataUri(bytes(0x18, ...new Array<number>(10).fill(0xff), 0x01))),
      'PROTOBUF',
    )
    expectReason(
      () =>
        readMigrationUri(dataUri(bytes(0x18, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02))),
      'PROTOBUF',
    )
    // 2^64 − 1 is the int32 −1: a negative batch size.
    expectReason(
      () =>
        readMigrationUri(dataUri(bytes(0x18, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01))),
      'PROTOBUF',
    )
  })

  it('gives empty input a typed error', () => {
    for (const uri of ['', ' ', PREFIX, `${PREFIX}%3D%3D`, `${PREFIX}====`, `${PREFIX} `, `${PREFIX}%20`]) {
      expect(thrown(() => readMigrationUri(uri)).code).toBe('MIGRATION_INVALID')
    }
    // One empty account: skipped, not a crash.
    expect(readMigrationUri(dataUri(bytes(0x0a, 0x00))).skipped).toEqual([
      { position: 0, reason: 'EMPTY_SECRET', account: '' },
    ])
  })

  it('reads every truncation of a real export as a typed result', () => {
    const records: OtpauthRecord[] = [
      {
        type: 'totp',
        secret: KEY,
        account: 'alice',
        issuer: 'TRF4',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
      },
      { type: 'hotp', secret: KEY, account: 'bob', algorithm: 'SHA256', digits: 8, period: 30, counter: 5 },
    ]
    const whole = Buffer.from(
      decodeURIComponent((buildMigrationUris(records, { batchId: 9 })[0] as string).slice(PREFIX.length)),
      'base64',
    )
    for (let end = 0; end < whole.length; end++) {
      try {
        const batch = readMigrationUri(dataUri(whole.subarray(0, end)))
        expect(batch.records.length + batch.skipped.length).toBeLessThanOrEqual(2)
      } catch (error) {
        expect(isA2FError(error, 'MIGRATION_INVALID')).toBe(true)
      }
    }
  })
})

describe('buildMigrationUris writes nothing the reader refuses', () => {
  const record = (fields: Partial<OtpauthRecord> = {}): OtpauthRecord => ({
    type: 'totp',
    secret: KEY,
    account: 'a',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    ...fields,
  })

  it('refuses a batchSize over MAX_MIGRATION_ENTRIES, keys over MAX_SECRET_BYTES, names over MAX_LABEL_LENGTH', () => {
    const option = (action: () => unknown, name: string): void => {
      const error = thrown(action)
      expect(error.code).toBe('OPTION_INVALID')
      expect(error.details).toMatchObject({ option: name })
    }
    option(() => buildMigrationUris([record()], { batchSize: MAX_MIGRATION_ENTRIES + 1 }), 'batchSize')
    option(() => buildMigrationUris([record({ secret: new Uint8Array(1025) })]), 'records[0].secret')
    option(() => buildMigrationUris([record({ account: 'x'.repeat(1025) })]), 'records[0].account')
    option(() => buildMigrationUris([record({ issuer: 'x'.repeat(1025) })]), 'records[0].issuer')
    expect(buildMigrationUris([record()], { batchSize: MAX_MIGRATION_ENTRIES })).toHaveLength(1)
  })

  it('refuses records that need more than MAX_MIGRATION_BATCH_SIZE QR codes', () => {
    const many = Array.from({ length: MAX_MIGRATION_BATCH_SIZE + 1 }, () => record())
    expectTooLarge(() => buildMigrationUris(many, { batchSize: 1 }), 'MAX_MIGRATION_BATCH_SIZE', 1000, 1001)
    expect(buildMigrationUris(many.slice(1), { batchSize: 1 })).toHaveLength(1000)
  })

  it('refuses a QR code over MAX_MIGRATION_PAYLOAD_BYTES, and what it writes at the bounds reads back', () => {
    const big = record({
      secret: new Uint8Array(1024).fill(1),
      account: '€'.repeat(1024),
      issuer: '€'.repeat(1024),
    })
    const error = thrown(() =>
      buildMigrationUris(
        Array.from({ length: 200 }, () => big),
        { batchSize: 200 },
      ),
    )
    expect(error.details).toMatchObject({ reason: 'TOO_LARGE', limit: 'MAX_MIGRATION_PAYLOAD_BYTES' })
    const [uri] = buildMigrationUris([big])
    expect(readMigrationUri(uri as string).records).toStrictEqual([big])
  })
})

// --- properties ---------------------------------------------------------------------------------------

/** One protobuf field with hostile values: huge tags, lengths past the end, huge varints. */
const hostileField = fc.oneof(
  fc
    .record({ field: fc.integer({ min: 1, max: 7 }), value: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }) })
    .map(({ field, value }) => new ProtobufWriter().varint(field, value).finish()),
  fc
    .record({ field: fc.integer({ min: 1, max: 7 }), value: fc.uint8Array({ maxLength: 24 }) })
    .map(({ field, value }) => new ProtobufWriter().bytes(field, value).finish()),
  // A length claiming far more than follows.
  fc
    .record({ field: fc.integer({ min: 1, max: 7 }), claimed: fc.bigInt({ min: 1n, max: 2n ** 64n - 1n }) })
    .map(({ field, claimed }) => {
      const head = new ProtobufWriter().varint(field, claimed).finish()
      head[0] = ((head[0] as number) & ~7) | 2 // same tag, wire type LEN
      return head
    }),
  fc.uint8Array({ minLength: 1, maxLength: 4 }),
)

/** An account made of hostile fields, or random bytes. */
const hostileEntry = fc.array(hostileField, { maxLength: 8 }).map((fields) => concat(...fields))

describe('properties', () => {
  it('hostile payloads end in records, skips or MIGRATION_INVALID, never in anything else', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            hostileEntry.map((e) => new ProtobufWriter().bytes(1, e).finish()),
            hostileField,
          ),
          {
            maxLength: 12,
          },
        ),
        (parts) => {
          try {
            const batch = readMigrationUri(dataUri(concat(...parts)))
            expect(batch.batch.size).toBeLessThanOrEqual(MAX_MIGRATION_BATCH_SIZE)
            const combined = combineMigrationBatches([batch, batch])
            expect(combined.batches[0]?.missing.length ?? 0).toBeLessThan(MAX_MIGRATION_BATCH_SIZE)
          } catch (error) {
            if (!isA2FError(error, 'MIGRATION_INVALID')) throw error
          }
        },
      ),
      { numRuns: 1000 },
    )
  })
})
