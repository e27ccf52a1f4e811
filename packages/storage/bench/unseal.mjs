/**
 * Opening 10,000 sealed TOTP keys (the work of a first `store.codes()`), five ways side by side in one
 * run, interleaved, median of `runs`: WebCrypto one at a time, 32 in flight (what `codes()` did), all at
 * once; @noble/ciphers' synchronous AES-GCM (pure JavaScript, needs the raw key bytes); and Node's
 * `createDecipheriv` with the CryptoKey's own KeyObject (what the store does in Node now). Every way
 * parses the same sealed strings and builds the same associated data; results are checked equal. Node only.
 */
import { decodeBase64 } from '@a2f/core'
import { gcm } from '@noble/ciphers/aes.js'
import { createDecipheriv, KeyObject } from 'node:crypto'
import { createCredentialStore, createMasterKeyring, createMemoryAdapter } from '../dist/index.js'
import { median } from './stats.mjs'

const TENANT = 'bench'
const encoder = new TextEncoder()

export async function measureUnseal({ count = 10_000, runs = 5 } = {}) {
  const raw = crypto.getRandomValues(new Uint8Array(32))
  const keys = await createMasterKeyring({ keys: { bench: raw }, current: 'bench' })
  const adapter = createMemoryAdapter()
  const store = createCredentialStore({ adapter, keys, tenant: TENANT })
  await store.createMany(
    Array.from({ length: count }, (_, i) => ({
      issuer: 'TRF4',
      account: `advogado.${i}`,
      secret: crypto.getRandomValues(new Uint8Array(20)),
    })),
  )
  const rows = (await adapter.list(TENANT)).map((row) => ({ id: row.id, sealed: row.secret }))
  const cryptoKey = keys.key('bench')
  const keyObject = KeyObject.from(cryptoKey)

  // The sealed format (src/crypto/sealed-value.ts): a2f1:<key id>:<iv>:<ciphertext and tag>, and the
  // associated data binding it to tenant, record and field.
  const parse = ({ id, sealed }) => {
    const parts = sealed.split(':')
    const additionalData = encoder.encode(JSON.stringify(['a2f-sealed', 1, TENANT, id, 'secret']))
    return { iv: decodeBase64(parts[2]), ciphertext: decodeBase64(parts[3]), additionalData }
  }
  const webCrypto = (row) => {
    const { iv, ciphertext, additionalData } = parse(row)
    return crypto.subtle
      .decrypt({ name: 'AES-GCM', iv, additionalData }, cryptoKey, ciphertext)
      .then((plaintext) => new Uint8Array(plaintext))
  }
  const noble = (row) => {
    const { iv, ciphertext, additionalData } = parse(row)
    return gcm(raw, iv, additionalData).decrypt(ciphertext)
  }
  const native = (row) => {
    const { iv, ciphertext, additionalData } = parse(row)
    const tagStart = ciphertext.length - 16
    const decipher = createDecipheriv('aes-256-gcm', keyObject, iv, { authTagLength: 16 })
    decipher.setAAD(additionalData)
    decipher.setAuthTag(ciphertext.subarray(tagStart))
    return new Uint8Array(
      Buffer.concat([decipher.update(ciphertext.subarray(0, tagStart)), decipher.final()]),
    )
  }
  const inFlight = async (limit) => {
    const results = new Array(rows.length)
    let next = 0
    const worker = async () => {
      while (next < rows.length) {
        const index = next++
        results[index] = await webCrypto(rows[index])
      }
    }
    await Promise.all(Array.from({ length: limit }, worker))
    return results
  }
  const ways = {
    webCryptoOneAtATime: async () => {
      const results = []
      for (const row of rows) results.push(await webCrypto(row))
      return results
    },
    webCrypto32: () => inFlight(32),
    webCryptoAll: () => Promise.all(rows.map(webCrypto)),
    noble: () => rows.map(noble),
    nodeSync: () => rows.map(native),
  }

  const expected = await ways.webCrypto32()
  const times = Object.fromEntries(Object.keys(ways).map((name) => [name, []]))
  for (let run = 0; run < runs; run++) {
    const names = Object.keys(ways)
    // Each run starts with a different way, so none always runs first (or last).
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + run) % names.length]
      const start = performance.now()
      const results = await ways[name]()
      times[name].push(performance.now() - start)
      if (results.length !== rows.length || results.some((r, j) => r.join() !== expected[j].join()))
        throw new Error(`${name} opened something else`)
    }
  }
  await adapter.close?.()
  return { count, runs, ...Object.fromEntries(Object.entries(times).map(([name, t]) => [name, median(t)])) }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await measureUnseal())
