/**
 * The minimal protobuf codec. Byte examples from the protobuf "Encoding" guide
 * (https://protobuf.dev/programming-guides/encoding/).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  forEachField,
  ProtobufError,
  ProtobufFieldLimitError,
  ProtobufWriter,
  readMessage,
  toInt32,
  toInt64,
  type ProtobufField,
} from '../protobuf.js'

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values)

describe('encoding guide examples', () => {
  it('writes and reads "08 96 01" (field 1, varint 150)', () => {
    const encoded = new ProtobufWriter().varint(1, 150).finish()
    expect(encoded).toEqual(bytes(0x08, 0x96, 0x01))
    expect(readMessage(encoded)).toEqual([{ field: 1, wireType: 0, value: 150n }])
  })

  it('writes and reads "12 07 74 65 73 74 69 6e 67" (field 2, string "testing")', () => {
    const encoded = new ProtobufWriter().string(2, 'testing').finish()
    expect(encoded).toEqual(bytes(0x12, 0x07, 0x74, 0x65, 0x73, 0x74, 0x69, 0x6e, 0x67))
    expect(readMessage(encoded)).toEqual([
      { field: 2, wireType: 2, value: new TextEncoder().encode('testing') },
    ])
  })

  it('writes a negative int32 as ten bytes of two’s complement and reads it back', () => {
    const encoded = new ProtobufWriter().varint(1, -1).finish()
    expect(encoded).toEqual(bytes(0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01))
    const [field] = readMessage(encoded)
    expect(field?.wireType).toBe(0)
    expect(toInt32(field?.value as bigint)).toBe(-1)
    expect(toInt64(field?.value as bigint)).toBe(-1n)
  })

  it('reads 64-bit varints exactly (2^64 − 1, 2^53 + 1)', () => {
    expect(readMessage(bytes(0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01))).toEqual([
      { field: 1, wireType: 0, value: 2n ** 64n - 1n },
    ])
    const big = 2n ** 53n + 1n
    expect(readMessage(new ProtobufWriter().varint(7, big).finish())).toEqual([
      { field: 7, wireType: 0, value: big },
    ])
  })

  it('accepts non-minimal varints ("80 00" is 0)', () => {
    expect(readMessage(bytes(0x08, 0x80, 0x00))).toEqual([{ field: 1, wireType: 0, value: 0n }])
  })

  it('keeps I64 (1) and I32 (5) fields as raw bytes so callers can skip them', () => {
    const message = bytes(0x09, 1, 2, 3, 4, 5, 6, 7, 8, 0x15, 9, 10, 11, 12, 0x18, 0x01)
    expect(readMessage(message)).toEqual([
      { field: 1, wireType: 1, value: bytes(1, 2, 3, 4, 5, 6, 7, 8) },
      { field: 2, wireType: 5, value: bytes(9, 10, 11, 12) },
      { field: 3, wireType: 0, value: 1n },
    ])
  })

  it('reads large field numbers (2^29 − 1)', () => {
    const encoded = new ProtobufWriter().varint(0x1fffffff, 5).finish()
    expect(readMessage(encoded)).toEqual([{ field: 0x1fffffff, wireType: 0, value: 5n }])
  })
})

describe('malformed messages', () => {
  const bad: [string, Uint8Array][] = [
    ['wire type 3 (start group)', bytes(0x0b)],
    ['wire type 4 (end group)', bytes(0x0c)],
    ['wire type 6', bytes(0x0e, 0x00)],
    ['wire type 7', bytes(0x0f, 0x00)],
    ['field number 0', bytes(0x00, 0x01)],
    ['a truncated tag', bytes(0x80)],
    ['a truncated varint value', bytes(0x08, 0x96)],
    ['a varint of 11 bytes', bytes(0x08, ...new Array<number>(10).fill(0xff), 0x01)],
    ['a varint wider than 64 bits', bytes(0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02)],
    ['a length past the end', bytes(0x12, 0x05, 0x61, 0x62)],
    ['a huge length', bytes(0x12, 0xff, 0xff, 0xff, 0xff, 0x0f)],
    ['a truncated I64', bytes(0x09, 1, 2, 3)],
    ['a truncated I32', bytes(0x0d, 1, 2)],
    ['a field number above 2^29 − 1', bytes(0x80, 0x80, 0x80, 0x80, 0x10)],
  ]
  it.each(bad)('throws ProtobufError for %s', (_, message) => {
    expect(() => readMessage(message)).toThrow(ProtobufError)
  })
})

describe('bounds', () => {
  const threeFields = bytes(0x08, 0x01, 0x10, 0x02, 0x18, 0x03)

  it('reads up to maxFields fields and throws ProtobufFieldLimitError at the next one', () => {
    expect(readMessage(threeFields, 3)).toHaveLength(3)
    const error = (() => {
      try {
        readMessage(threeFields, 2)
      } catch (caught) {
        return caught
      }
      return undefined
    })()
    expect(error).toBeInstanceOf(ProtobufFieldLimitError)
    expect(error).toBeInstanceOf(ProtobufError)
    expect((error as ProtobufFieldLimitError).maximum).toBe(2)
    expect(readMessage(new Uint8Array(0), 0)).toEqual([])
  })

  it('forEachField visits fields in order without keeping them, up to the fault', () => {
    const seen: ProtobufField[] = []
    expect(() => forEachField(concat(threeFields, bytes(0x0b)), (f) => seen.push(f))).toThrow(ProtobufError)
    expect(seen.map((f) => f.field)).toEqual([1, 2, 3])
  })

  it('returns a LEN value as a view, without reading inside it', () => {
    // A LEN field whose content is not a valid message: the reader does not look inside.
    const message = bytes(0x0a, 0x02, 0x0b, 0x0c)
    const [field] = readMessage(message)
    expect(field?.value).toEqual(bytes(0x0b, 0x0c))
    expect((field?.value as Uint8Array).buffer).toBe(message.buffer)
  })
})

const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]))

describe('properties', () => {
  it('reads back whatever the writer wrote', () => {
    const field = fc.oneof(
      fc.record({
        field: fc.integer({ min: 1, max: 0x1fffffff }),
        wireType: fc.constant(0 as const),
        value: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
      }),
      fc.record({
        field: fc.integer({ min: 1, max: 0x1fffffff }),
        wireType: fc.constant(2 as const),
        value: fc.uint8Array({ maxLength: 200 }),
      }),
    )
    fc.assert(
      fc.property(fc.array(field, { maxLength: 20 }), (fields) => {
        const writer = new ProtobufWriter()
        for (const f of fields) {
          if (f.wireType === 0) writer.varint(f.field, f.value)
          else writer.bytes(f.field, f.value)
        }
        expect(readMessage(writer.finish())).toEqual(fields)
      }),
      { numRuns: 500 },
    )
  })

  it('never throws anything but ProtobufError on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (data) => {
        try {
          readMessage(data)
        } catch (error) {
          expect(error).toBeInstanceOf(ProtobufError)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
