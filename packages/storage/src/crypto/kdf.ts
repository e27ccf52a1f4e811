import { decodeBase64, encodeBase64 } from '@a2f/core'
import { scryptAsync } from '@noble/hashes/scrypt.js'
import { storageError } from '../errors.js'
import {
  MAX_KDF_MEMORY_BYTES,
  MAX_KDF_WORK,
  MAX_SALT_BYTES,
  MIN_SALT_BYTES,
  type LimitDetails,
} from '../limits.js'
import { randomBytes, utf8 } from './webcrypto.js'

/**
 * Passphrase → 256-bit key with scrypt (RFC 7914), memory-hard so that each guess costs an attacker
 * `128 · N · r` bytes of memory as well as time. The parameters travel with what they protect (the vault
 * record, a backup file), so they can be raised later without breaking what was written before.
 *
 * Default N = 2^17, r = 8, p = 1: 128 MiB and about 0.6 s per guess on a 2-core server in JavaScript
 * (@noble/hashes; BENCHMARKS.md), four times Aegis's N = 2^15. OWASP's floor for scrypt is N = 2^17.
 */
export interface ScryptParams {
  name: 'scrypt'
  /** CPU/memory cost, a power of two. */
  N: number
  /** Block size. */
  r: number
  /** Parallelism. */
  p: number
  /** Random salt, base64 (16 to 64 bytes; a2f writes 32). */
  salt: string
}

export type KdfParams = ScryptParams

/** The cost settings without the salt, as callers choose them. */
export type KdfCost = Pick<ScryptParams, 'N' | 'r' | 'p'>

export const DEFAULT_KDF_COST: Readonly<KdfCost> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 })

/**
 * Each parameter's range refuses nonsense (N = 3, p = 0); the floor is low so tests and benchmarks run
 * fast. What bounds the cost a file or an edited vault record can impose are the limits on memory and
 * work together (limits.ts: `MAX_KDF_MEMORY_BYTES`, `MAX_KDF_WORK`), checked before anything is derived.
 * Stores and backups created by a2f use `DEFAULT_KDF_COST` unless told.
 */
const RANGES = { minLog2N: 10, maxLog2N: 22, maxR: 32, maxP: 16 } as const

/** The base64 length of `bytes` bytes, padded: a longer salt text is refused before it is decoded. */
const MAX_SALT_TEXT = 4 * Math.ceil(MAX_SALT_BYTES / 3)

export function newKdfParams(cost: Partial<KdfCost> = {}): ScryptParams {
  return checkKdfParams({ name: 'scrypt', ...DEFAULT_KDF_COST, ...cost, salt: encodeBase64(randomBytes(32)) })
}

/** scrypt's work: N · r · p block mixes, which its time grows with. */
export function kdfWork(cost: KdfCost): number {
  return cost.N * cost.r * cost.p
}

/**
 * Validates parameters read from a vault or a file, before anything is derived from them: `KEY_INVALID`
 * with a `reason` (callers reading files map it to `BACKUP_INVALID` 'KDF'), and `limit`, `maximum`, `actual`
 * when a cost or the salt is past a limit.
 */
export function checkKdfParams(params: unknown): ScryptParams {
  const p = params as Partial<ScryptParams> | null
  const problem = ((): { reason: string; limit?: LimitDetails } | undefined => {
    if (p === null || typeof p !== 'object' || p.name !== 'scrypt')
      return { reason: 'only scrypt is supported' }
    const { N, r, p: parallel, salt } = p
    if (
      !Number.isSafeInteger(N) ||
      N! < 2 ** RANGES.minLog2N ||
      N! > 2 ** RANGES.maxLog2N ||
      (N! & (N! - 1)) !== 0
    )
      return { reason: `scrypt N must be a power of two from 2^${RANGES.minLog2N} to 2^${RANGES.maxLog2N}` }
    if (!Number.isSafeInteger(r) || r! < 1 || r! > RANGES.maxR)
      return { reason: `scrypt r must be 1 to ${RANGES.maxR}` }
    if (!Number.isSafeInteger(parallel) || parallel! < 1 || parallel! > RANGES.maxP)
      return { reason: `scrypt p must be 1 to ${RANGES.maxP}` }
    const memory = 128 * N! * r!
    if (memory > MAX_KDF_MEMORY_BYTES) {
      return {
        reason: `scrypt needs 128·N·r = ${mebibytes(memory)} of memory, at most ${mebibytes(MAX_KDF_MEMORY_BYTES)}`,
        limit: { limit: 'MAX_KDF_MEMORY_BYTES', maximum: MAX_KDF_MEMORY_BYTES, actual: memory },
      }
    }
    const work = kdfWork({ N: N!, r: r!, p: parallel! })
    if (work > MAX_KDF_WORK) {
      return {
        reason: `scrypt work N·r·p = 2^${Math.log2(work).toFixed(1)}, at most 2^${Math.log2(MAX_KDF_WORK)}`,
        limit: { limit: 'MAX_KDF_WORK', maximum: MAX_KDF_WORK, actual: work },
      }
    }
    return saltProblem(salt)
  })()
  if (problem !== undefined) throw storageError('KEY_INVALID', { reason: problem.reason, ...problem.limit })
  return { name: 'scrypt', N: p!.N!, r: p!.r!, p: p!.p!, salt: p!.salt! }
}

/** The salt's problem, its length judged on the text before decoding (a 50 MB salt is not decoded). */
function saltProblem(salt: unknown): { reason: string; limit?: LimitDetails } | undefined {
  if (typeof salt !== 'string') return { reason: 'the salt is missing' }
  const tooLong = (actual: number) => ({
    reason: `the salt is longer than ${MAX_SALT_BYTES} bytes`,
    limit: { limit: 'MAX_SALT_BYTES', maximum: MAX_SALT_BYTES, actual } as const,
  })
  if (salt.length > MAX_SALT_TEXT) return tooLong(Math.floor((salt.length * 3) / 4))
  let bytes: number
  try {
    bytes = decodeBase64(salt).length
  } catch {
    return { reason: 'the salt is not base64' }
  }
  if (bytes > MAX_SALT_BYTES) return tooLong(bytes)
  if (bytes < MIN_SALT_BYTES) return { reason: `the salt is shorter than ${MIN_SALT_BYTES} bytes` }
  return undefined
}

const mebibytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`

/**
 * scrypt(input, salt, N, r, p) → 32 bytes, the one place a2f runs scrypt: the parameters are checked
 * here, whoever calls, so nothing derives past the limits.
 */
export async function scryptKey(input: Uint8Array, params: ScryptParams): Promise<Uint8Array> {
  const { N, r, p, salt } = checkKdfParams(params)
  return scryptAsync(input, decodeBase64(salt), {
    N,
    r,
    p,
    dkLen: 32,
    // noble's own guard, set to what these parameters need (its V, B and scratch blocks): the limits
    // above are what bound it.
    maxmem: 128 * r * (N + p + 1),
    // Yield to the event loop every few milliseconds, so a page stays responsive while unlocking.
    asyncTick: 10,
  })
}

/**
 * Derives 32 bytes from the passphrase. The passphrase is NFKC-normalised so that the same words typed
 * on another keyboard or system (composed or decomposed accents: 'ç', 'c' + '◌̧') give the same key.
 */
export async function deriveKeyBytes(passphrase: string, params: ScryptParams): Promise<Uint8Array> {
  const input = utf8.encode(passphrase.normalize('NFKC'))
  try {
    return await scryptKey(input, params)
  } finally {
    input.fill(0)
  }
}
