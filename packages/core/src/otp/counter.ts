/**
 * HOTP counters are 8-byte unsigned integers (RFC 4226 §5.1, C). Numbers are exact up to 2^53 − 1 and
 * bigints cover the whole 64-bit range. The counter is handled as two 32-bit halves: peers that shift a
 * number by 32 bits or build it with 32-bit operators get counters ≥ 2^31 wrong.
 */
import { invalidOption } from '../errors.js'

const TWO_POW_32 = 0x100000000
/** 2^64 − 1 */
const MAX_UINT64 = 0xffffffffffffffffn

/** Splits a validated counter into its high and low 32-bit words (as signed int32 bit patterns). */
export function splitCounter(counter: number | bigint): [high: number, low: number] {
  if (typeof counter === 'number') {
    if (!Number.isSafeInteger(counter) || counter < 0) {
      return invalidOption(
        'counter',
        'a whole number from 0 to 2^53 − 1, or a bigint up to 2^64 − 1',
        counter,
      )
    }
    return [Math.floor(counter / TWO_POW_32) | 0, counter | 0]
  }
  if (typeof counter === 'bigint' && counter >= 0n && counter <= MAX_UINT64) {
    return [Number(counter >> 32n) | 0, Number(counter & 0xffffffffn) | 0]
  }
  return invalidOption('counter', 'a whole number from 0 to 2^53 − 1, or a bigint up to 2^64 − 1', counter)
}
