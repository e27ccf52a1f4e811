import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scryptSync } from 'node:crypto'

/**
 * The a2f backup format implemented again from docs/backup-format.md with node:crypto only, sharing no
 * code with src/backup: if both agree, the document is enough to read and write backups.
 */

interface Kdf {
  name: string
  N: number
  r: number
  p: number
  salt: string
}

export function nodeKeys(passphrase: string, kdf: Kdf) {
  const root = scryptSync(passphrase.normalize('NFKC'), Buffer.from(kdf.salt, 'base64'), 32, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 512 * 1024 * 1024,
  })
  const expand = (info: string) => Buffer.from(hkdfSync('sha256', root, Buffer.alloc(0), info, 32))
  return { data: expand('a2f-backup v1 data'), check: expand('a2f-backup v1 check') }
}

/** Canonical JSON by re-building objects with sorted keys (a different route than src/backup's). */
export function sortedJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v
  return JSON.stringify(sort(value))
}

/** Opens a backup file; throws when anything fails to authenticate. */
export function nodeOpen(text: string, passphrase: string): { credentials: Record<string, unknown>[] } {
  const file = JSON.parse(text) as Record<string, unknown> & { kdf: Kdf; cipher: { iv: string } }
  const { check, data, ...header } = file
  const keys = nodeKeys(passphrase, file.kdf)
  if (!keys.check.equals(Buffer.from(check as string, 'base64'))) throw new Error('wrong passphrase')
  const sealed = Buffer.from(data as string, 'base64')
  const decipher = createDecipheriv('aes-256-gcm', keys.data, Buffer.from(file.cipher.iv, 'base64'))
  decipher.setAAD(Buffer.from(sortedJson(header), 'utf8'))
  decipher.setAuthTag(sealed.subarray(sealed.length - 16))
  const plaintext = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()])
  return JSON.parse(plaintext.toString('utf8')) as { credentials: Record<string, unknown>[] }
}

/** Writes a backup file holding `content` (any JSON: tests craft odd entries with it). */
export function nodeSeal(content: unknown, passphrase: string, cost = { N: 1024, r: 8, p: 1 }): string {
  const kdf: Kdf = { name: 'scrypt', ...cost, salt: randomBytes(32).toString('base64') }
  const iv = randomBytes(12)
  const header = {
    format: 'a2f-backup',
    version: 1,
    createdAt: '2026-05-04T12:00:00.000Z',
    kdf,
    cipher: { name: 'AES-256-GCM', iv: iv.toString('base64') },
  }
  const keys = nodeKeys(passphrase, kdf)
  const cipher = createCipheriv('aes-256-gcm', keys.data, iv)
  cipher.setAAD(Buffer.from(sortedJson(header), 'utf8'))
  const body = Buffer.concat([
    cipher.update(JSON.stringify(content), 'utf8'),
    cipher.final(),
    cipher.getAuthTag(),
  ])
  return JSON.stringify({ ...header, check: keys.check.toString('base64'), data: body.toString('base64') })
}
