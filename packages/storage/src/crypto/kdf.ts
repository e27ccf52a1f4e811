import { decodeBase64, encodeBase64 } from '@a2f/core'
import { scryptAsync } from '@noble/hashes/scrypt.js'
import { storageError } from '../errors.js'
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
  /** Random salt, base64 (at least 16 bytes). */
  salt: string
}

export type KdfParams = ScryptParams

/** The cost settings without the salt, as callers choose them. */
export type KdfCost = Pick<ScryptParams, 'N' | 'r' | 'p'>

export const DEFAULT_KDF_COST: Readonly<KdfCost> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 })

/**
 * Bounds that refuse nonsense and denial of service (a file naming N = 2^40). The floor is low so tests
 * and benchmarks can run fast; stores and backups created by a2f use `DEFAULT_KDF_COST` unless told.
 */
const LIMITS = { minLog2N: 10, maxLog2N: 22, maxR: 32, maxP: 16, maxMemory: 2 ** 31 } as const

export function newKdfParams(cost: Partial<KdfCost> = {}): ScryptParams {
  return checkKdfParams({ name: 'scrypt', ...DEFAULT_KDF_COST, ...cost, salt: encodeBase64(randomBytes(32)) })
}

/** Validates parameters read from a vault or a file; `KEY_INVALID` (or the caller's mapping) when off. */
export function checkKdfParams(params: unknown): ScryptParams {
  const p = params as Partial<ScryptParams> | null
  const reason = ((): string | undefined => {
    if (p === null || typeof p !== 'object' || p.name !== 'scrypt') return 'only scrypt is supported'
    const { N, r, p: parallel, salt } = p
    if (
      !Number.isSafeInteger(N) ||
      N! < 2 ** LIMITS.minLog2N ||
      N! > 2 ** LIMITS.maxLog2N ||
      (N! & (N! - 1)) !== 0
    )
      return `scrypt N must be a power of two from 2^${LIMITS.minLog2N} to 2^${LIMITS.maxLog2N}`
    if (!Number.isSafeInteger(r) || r! < 1 || r! > LIMITS.maxR) return `scrypt r must be 1 to ${LIMITS.maxR}`
    if (!Number.isSafeInteger(parallel) || parallel! < 1 || parallel! > LIMITS.maxP)
      return `scrypt p must be 1 to ${LIMITS.maxP}`
    if (128 * N! * r! > LIMITS.maxMemory) return 'scrypt N·r needs more than 2 GiB'
    if (typeof salt !== 'string') return 'the salt is missing'
    try {
      if (decodeBase64(salt).length < 16) return 'the salt is shorter than 16 bytes'
    } catch {
      return 'the salt is not base64'
    }
    return undefined
  })()
  if (reason !== undefined) throw storageError('KEY_INVALID', { reason })
  return { name: 'scrypt', N: p!.N!, r: p!.r!, p: p!.p!, salt: p!.salt! }
}

/**
 * Derives 32 bytes from the passphrase. The passphrase is NFKC-normalised so that the same words typed
 * on another keyboard or system (composed or decomposed accents: 'ç', 'c' + '◌̧') give the same key.
 */
export async function deriveKeyBytes(passphrase: string, params: ScryptParams): Promise<Uint8Array> {
  const { N, r, p } = checkKdfParams(params)
  return scryptAsync(utf8.encode(passphrase.normalize('NFKC')), decodeBase64(params.salt), {
    N,
    r,
    p,
    dkLen: 32,
    maxmem: 128 * N * r + 1024 * r * p + 4096,
    // Yield to the event loop every few milliseconds, so a page stays responsive while unlocking.
    asyncTick: 10,
  })
}
