/**
 * The smallest protobuf reader and writer that Google Authenticator exports need (protobuf "Encoding"
 * guide, https://protobuf.dev/programming-guides/encoding/). No schema, no code generation: a message
 * is read into its list of fields, and the caller picks the ones it knows.
 *
 * Supported wire types: 0 VARINT (up to 64 bits, read as `bigint` so int64 counters stay exact),
 * 1 I64 and 5 I32 (skipped: kept as raw bytes), 2 LEN (bytes, strings, embedded messages). The
 * deprecated group wire types 3 SGROUP / 4 EGROUP, wire types 6 and 7, field number 0, a varint longer
 * than 10 bytes or wider than 64 bits, and any truncation throw `ProtobufError`.
 *
 * Bounds on hostile bytes: a length is checked against the bytes that remain before it is used (a LEN
 * value is a view, never a copy), a varint stops at 10 bytes, and the reader never descends into an
 * embedded message by itself (the caller reads one level at a time, so nesting costs nothing). The
 * number of fields is the caller's to bound: `forEachField` hands them over one at a time, and
 * `readMessage` takes a maximum and throws `ProtobufFieldLimitError` past it, before storing more.
 *
 * @example
 * const bytes = new ProtobufWriter().varint(2, 1).string(3, 'hi').finish()   // 10 01 1a 02 68 69
 * readMessage(bytes)   // [{ field: 2, wireType: 0, value: 1n }, { field: 3, wireType: 2, value: Uint8Array [68 69] }]
 */

/** Thrown for bytes that are not a well-formed protobuf message. Messages never quote the bytes. */
export class ProtobufError extends Error {
  override readonly name = 'ProtobufError'
}

/** Thrown by `readMessage` for a message with more fields than its `maxFields`. */
export class ProtobufFieldLimitError extends ProtobufError {
  readonly maximum: number

  constructor(maximum: number) {
    super(`The protobuf message has more than ${maximum} fields.`)
    this.maximum = maximum
  }
}

/** One field as found on the wire. Fields repeat when the message repeats them; order is kept. */
export type ProtobufField =
  { field: number; wireType: 0; value: bigint } | { field: number; wireType: 1 | 2 | 5; value: Uint8Array }

/** Largest field number: 2^29 − 1 ("Field numbers" in the protobuf language guide). */
const MAX_FIELD_NUMBER = 0x1fffffff

/**
 * Reads a base 128 varint at `offset` ("Base 128 Varints": little-endian groups of 7 bits, high bit =
 * more bytes follow). At most 10 bytes, and the 10th may only carry bit 63.
 */
function readVarint(bytes: Uint8Array, offset: number): { value: bigint; next: number } {
  // The first 28 bits fit a 32-bit number; only longer varints pay for BigInt arithmetic.
  let low = 0
  for (let i = 0; i < 4; i++) {
    if (offset + i >= bytes.length) throw new ProtobufError('The protobuf data ends inside a varint.')
    const byte = bytes[offset + i] as number
    low |= (byte & 0x7f) << (7 * i)
    if (byte < 0x80) return { value: BigInt(low >>> 0), next: offset + i + 1 }
  }
  let value = BigInt(low >>> 0)
  for (let i = 4; i < 10; i++) {
    if (offset + i >= bytes.length) throw new ProtobufError('The protobuf data ends inside a varint.')
    const byte = bytes[offset + i] as number
    if (i === 9 && byte > 1) throw new ProtobufError('A protobuf varint is wider than 64 bits.')
    value |= BigInt(byte & 0x7f) << BigInt(7 * i)
    if (byte < 0x80) return { value, next: offset + i + 1 }
  }
  throw new ProtobufError('A protobuf varint is longer than 10 bytes.')
}

/**
 * Reads every field of one message into a list, at most `maxFields` of them (default: no bound, for
 * trusted bytes). Throws `ProtobufError` when the bytes are not a valid message, and
 * `ProtobufFieldLimitError` as soon as field `maxFields + 1` is found.
 */
export function readMessage(bytes: Uint8Array, maxFields = Infinity): ProtobufField[] {
  const fields: ProtobufField[] = []
  forEachField(bytes, (field) => {
    if (fields.length >= maxFields) throw new ProtobufFieldLimitError(maxFields)
    fields.push(field)
  })
  return fields
}

/**
 * Calls `visit` with each field of one message, in order, without keeping them: a caller that counts
 * (and throws) in `visit` bounds what a message can make it allocate. Throws `ProtobufError` when the
 * bytes are not a valid message; fields before the fault have been visited.
 */
export function forEachField(bytes: Uint8Array, visit: (field: ProtobufField) => void): void {
  let offset = 0
  while (offset < bytes.length) {
    const tag = readVarint(bytes, offset)
    offset = tag.next
    // "Message Structure": tag = (field_number << 3) | wire_type.
    const wireType = Number(tag.value & 7n)
    const fieldNumber = tag.value >> 3n
    if (fieldNumber === 0n || fieldNumber > BigInt(MAX_FIELD_NUMBER)) {
      throw new ProtobufError('A protobuf field number is out of range.')
    }
    const field = Number(fieldNumber)
    switch (wireType) {
      case 0: {
        const varint = readVarint(bytes, offset)
        offset = varint.next
        visit({ field, wireType: 0, value: varint.value })
        break
      }
      case 1:
      case 5: {
        const size = wireType === 1 ? 8 : 4
        if (offset + size > bytes.length)
          throw new ProtobufError('The protobuf data ends inside a fixed-size field.')
        visit({ field, wireType, value: bytes.subarray(offset, offset + size) })
        offset += size
        break
      }
      case 2: {
        const length = readVarint(bytes, offset)
        offset = length.next
        if (length.value > BigInt(bytes.length - offset)) {
          throw new ProtobufError('A protobuf length-delimited field runs past the end of the data.')
        }
        const end = offset + Number(length.value)
        visit({ field, wireType: 2, value: bytes.subarray(offset, end) })
        offset = end
        break
      }
      default:
        // 3 and 4 are the deprecated groups (no Google Authenticator export uses them); 6 and 7 are unused.
        throw new ProtobufError(`Protobuf wire type ${wireType} is not supported.`)
    }
  }
}

/** Interprets a varint as `int32` the way protobuf does: the low 32 bits, two's complement. */
export function toInt32(value: bigint): number {
  return Number(BigInt.asIntN(32, value))
}

/** Interprets a varint as `int64`: the 64 bits, two's complement. */
export function toInt64(value: bigint): bigint {
  return BigInt.asIntN(64, value)
}

/** Appends fields to a message; `finish` returns its bytes. Field numbers are trusted (callers use constants). */
export class ProtobufWriter {
  private chunks: number[] = []

  private writeVarint(value: bigint): void {
    // Negative int32/int64 values are written as their 64-bit two's complement (10 bytes), as protobuf does.
    let rest = BigInt.asUintN(64, value)
    while (rest >= 0x80n) {
      this.chunks.push(Number(rest & 0x7fn) | 0x80)
      rest >>= 7n
    }
    this.chunks.push(Number(rest))
  }

  private tag(field: number, wireType: 0 | 2): void {
    this.writeVarint((BigInt(field) << 3n) | BigInt(wireType))
  }

  /** A VARINT field (int32, int64, enum). */
  varint(field: number, value: number | bigint): this {
    this.tag(field, 0)
    this.writeVarint(BigInt(value))
    return this
  }

  /** A LEN field holding raw bytes or an embedded message. */
  bytes(field: number, value: Uint8Array): this {
    this.tag(field, 2)
    this.writeVarint(BigInt(value.length))
    for (let i = 0; i < value.length; i++) this.chunks.push(value[i] as number)
    return this
  }

  /** A LEN field holding a string, as UTF-8. */
  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value))
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.chunks)
  }
}
