/**
 * One adapter per library, each doing the same jobs in that library's fastest documented way:
 *   fromBase32(secrets, t)   one code for each base32 secret (decode + HMAC + truncate)
 *   prepare(secrets)         whatever the library can do once per key; returns prepared keys
 *   fromPrepared(keys, t)    one code for each prepared key
 *   verify(keys, codes, t)   check one code per key with a ±1 step window
 * Every function returns a checksum so the work cannot be optimised away.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import * as OTPAuthNode from 'otpauth'
import * as OTPAuthSlim from 'otpauth/slim'
import { generateSync, verifySync } from 'otplib'
import { createTotp, totp, verifyTotp } from '../dist/index.js'

const checksum = (code) => code.charCodeAt(5)

/** The baseline: what a developer writes by hand on node:crypto (OpenSSL's HMAC). */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
function nodeBase32(text) {
  const out = Buffer.allocUnsafe((text.length * 5) >>> 3)
  let buffer = 0
  let bits = 0
  let index = 0
  for (let i = 0; i < text.length; i++) {
    buffer = (buffer << 5) | BASE32.indexOf(text[i])
    bits += 5
    if (bits >= 8) {
      bits -= 8
      out[index++] = buffer >>> bits
    }
  }
  return out
}
function nodeCode(key, counter) {
  const message = Buffer.alloc(8)
  message.writeUInt32BE(Math.floor(counter / 0x100000000), 0)
  message.writeUInt32BE(counter >>> 0, 4)
  const digest = createHmac('sha1', key).update(message).digest()
  const offset = digest[19] & 15
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0')
}
const step = (t) => Math.floor(t / 30_000)

export const peers = [
  {
    name: 'node:crypto (baseline)',
    fromBase32: (secrets, t) =>
      secrets.reduce((sum, s) => sum + checksum(nodeCode(nodeBase32(s), step(t))), 0),
    prepare: (secrets) => secrets.map(nodeBase32),
    fromPrepared: (keys, t) => keys.reduce((sum, k) => sum + checksum(nodeCode(k, step(t))), 0),
    verify: (keys, codes, t) => {
      let found = 0
      for (let i = 0; i < keys.length; i++) {
        const given = Buffer.from(codes[i])
        let match = false
        for (let d = -1; d <= 1; d++)
          match = timingSafeEqual(Buffer.from(nodeCode(keys[i], step(t) + d)), given) || match
        found += match ? 1 : 0
      }
      return found
    },
  },
  {
    name: '@a2f/core',
    fromBase32: (secrets, t) => secrets.reduce((sum, s) => sum + checksum(totp(s, { timestamp: t })), 0),
    prepare: (secrets) => secrets.map((s) => createTotp(s)),
    fromPrepared: (keys, t) => keys.reduce((sum, k) => sum + checksum(k.at(t)), 0),
    verify: (keys, codes, t) =>
      keys.reduce((n, k, i) => n + (k.verify(codes[i], { timestamp: t }) ? 1 : 0), 0),
  },
  {
    name: '@a2f/core verifyTotp (one-shot)',
    verifyOnly: true,
    prepare: (secrets) => secrets,
    verify: (keys, codes, t) =>
      keys.reduce((n, k, i) => n + (verifyTotp(k, codes[i], { timestamp: t }) ? 1 : 0), 0),
  },
  ...[
    ['otpauth 9 (Node build)', OTPAuthNode],
    ['otpauth/slim (noble)', OTPAuthSlim],
  ].map(([name, OTPAuth]) => ({
    name,
    fromBase32: (secrets, t) =>
      secrets.reduce(
        (sum, s) =>
          sum +
          checksum(new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(s) }).generate({ timestamp: t })),
        0,
      ),
    prepare: (secrets) => secrets.map((s) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(s) })),
    fromPrepared: (keys, t) => keys.reduce((sum, k) => sum + checksum(k.generate({ timestamp: t })), 0),
    verify: (keys, codes, t) =>
      keys.reduce(
        (n, k, i) => n + (k.validate({ token: codes[i], timestamp: t, window: 1 }) !== null ? 1 : 0),
        0,
      ),
  })),
  {
    name: 'otplib 13',
    fromBase32: (secrets, t) =>
      secrets.reduce((sum, s) => sum + checksum(generateSync({ secret: s, epoch: t / 1000 })), 0),
    // otplib has no per-key preparation; decoded bytes are the closest it gets.
    prepare: (secrets) => secrets.map(nodeBase32).map((b) => new Uint8Array(b)),
    fromPrepared: (keys, t) =>
      keys.reduce((sum, k) => sum + checksum(generateSync({ secret: k, epoch: t / 1000 })), 0),
    verify: (keys, codes, t) =>
      keys.reduce(
        (n, k, i) =>
          n + (verifySync({ secret: k, token: codes[i], epoch: t / 1000, epochTolerance: 30 }).valid ? 1 : 0),
        0,
      ),
  },
]
