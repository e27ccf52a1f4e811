/**
 * `pnpm bench` for @a2f/storage: unlock time at the default KDF parameters, and create / list / open
 * 10,000 credentials on each adapter next to the bare adapter. Writes its section of BENCHMARKS.md.
 */
import os from 'node:os'
import { writeBenchSection } from '../../../scripts/bench-section.mjs'
import { COUNT, measureAdapter } from './adapters.mjs'
import { measureUnlock } from './kdf.mjs'
import { subjects } from './subjects.mjs'
import { measureUnseal } from './unseal.mjs'

const fmt = (ms) => (ms >= 100 ? Math.round(ms).toLocaleString('en') : ms.toFixed(1))
const ratio = (a, b) => (b === undefined ? '—' : `${(a / b).toFixed(2)}×`)

console.log('Unlock (scrypt at the default parameters)…')
const unlock = await measureUnlock()
console.log(unlock)

console.log('Opening 10,000 sealed keys, five ways…')
const unseal = await measureUnseal()
console.log(unseal)

const results = []
for (const subject of subjects()) {
  console.log(`${subject.name}: create, list, open ${COUNT.toLocaleString('en')}…`)
  const started = await subject.start()
  try {
    results.push(started.measure ? await started.measure() : await measureAdapter(started))
  } finally {
    await subject.stop()
  }
  console.log(results.at(-1))
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
const lines = [
  '## @a2f/storage',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, Node ${process.version}.`,
  '',
  '### Unlock time',
  '',
  `Opening a passphrase vault at the default parameters (scrypt N = 2^${Math.log2(unlock.params.N)}, r = ${unlock.params.r}, p = ${unlock.params.p}: ${unlock.params.memoryMiB} MiB per guess), median of 7; the same derivation with Node’s native scrypt, and a vault at Aegis’s cost (N = 2^15) for comparison.`,
  '',
  '| | ms | vs native scrypt |',
  '|---|---:|---:|',
  `| unlockVault, default parameters (@noble/hashes scrypt + AES-GCM) | ${fmt(unlock.unlockMs)} | ${ratio(unlock.unlockMs, unlock.nativeScryptMs)} |`,
  `| node:crypto scrypt, same parameters (native, Node only) | ${fmt(unlock.nativeScryptMs)} | 1.00× |`,
  `| unlockVault at Aegis’s cost (N = 2^15) | ${fmt(unlock.aegisCostMs)} | ${ratio(unlock.aegisCostMs, unlock.nativeScryptMs)} |`,
  ...results
    .filter((r) => r.unlockMs !== undefined)
    .map(
      (r) =>
        `| unlockVault in headless Chromium, default parameters (median of 5) | ${fmt(r.unlockMs)} | — |`,
    ),
  '',
  `### ${COUNT.toLocaleString('en')} credentials per adapter (ms)`,
  '',
  'Through a store (master key ring: AES-256-GCM sealing, input checks, audit entries), one call after another; “bare” is the same work on the adapter alone with rows already sealed, and the ratio is the store’s overhead. Open = `get` with the secret opened and the reveal audited. Codes = `store.codes()` for all of them: first call (opens every key; in-process stores: median of 5, each with a fresh key ring), the same store with every key opened through WebCrypto, as every runtime did before and as a browser does (there both are one path: —), and next call (prepared keys cached).',
  '',
  '| adapter | create | bare | ratio | list | bare | open | bare | ratio | codes, first | first, WebCrypto only | codes, next |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.name} | ${fmt(r.createMs)} | ${r.rawCreateMs === undefined ? '—' : fmt(r.rawCreateMs)} | ${ratio(r.createMs, r.rawCreateMs)} | ${fmt(r.listMs)} | ${r.rawListMs === undefined ? '—' : fmt(r.rawListMs)} | ${fmt(r.openMs)} | ${r.rawOpenMs === undefined ? '—' : fmt(r.rawOpenMs)} | ${ratio(r.openMs, r.rawOpenMs)} | ${fmt(r.codesFirstMs)} | ${r.codesFirstWebCryptoMs === undefined ? '—' : fmt(r.codesFirstWebCryptoMs)} | ${fmt(r.codesMs)} |`,
  ),
  '',
  `### Opening ${unseal.count.toLocaleString('en')} sealed keys (Node, ms)`,
  '',
  `What a first \`codes()\` spends most of its time on, five ways in one run, interleaved, median of ${unseal.runs}: the same sealed values parsed the same way, results checked equal. The store opens with Node’s \`createDecipheriv\` on the CryptoKey’s own KeyObject (no key byte in JavaScript) and with WebCrypto elsewhere; @noble/ciphers was measured and not adopted (no faster, and it needs the raw key in JavaScript memory: packages/storage/README.md, “Opening and sealing keys”).`,
  '',
  '| way | ms | µs per key |',
  '|---|---:|---:|',
  ...[
    ['WebCrypto `decrypt`, one at a time', unseal.webCryptoOneAtATime],
    ['WebCrypto `decrypt`, 32 in flight (`codes()` before)', unseal.webCrypto32],
    ['WebCrypto `decrypt`, all at once', unseal.webCryptoAll],
    ['@noble/ciphers `gcm`, synchronous (raw key bytes)', unseal.noble],
    ['node:crypto `createDecipheriv`, synchronous (`codes()` now, Node)', unseal.nodeSync],
  ].map(([way, ms]) => `| ${way} | ${fmt(ms)} | ${((ms * 1000) / unseal.count).toFixed(1)} |`),
  '',
  `### Moving a firm in: ${COUNT.toLocaleString('en')} credentials in one batch (ms)`,
  '',
  'Create = `store.createMany(inputs)` (every entry checked, keys sealed concurrently, rows and audit entries in one transaction) beside the loop of `create` above. Import = `importOtpauthUris` of 10,000 key URIs; restore = `importBackup` of a 10,000-credential a2f backup (scrypt at N = 2^10, so the restore is what is measured). “Loop” runs the same importer over a store whose `createMany` is one `create` after another, which is what imports and restores did before batches. Fresh tenants for each; speed-up = loop ÷ batch. IndexedDB (Chromium) runs in a browser profile on disk, as a lawyer’s browser keeps it, each of these six runs in a database of its own (schema 4: a batch’s audit entries and its change numbers are a few records, not one per credential).',
  '',
  '| adapter | create, loop | createMany | speed-up | import, loop | import | speed-up | restore, loop | restore | speed-up |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.name} | ${fmt(r.createMs)} | ${fmt(r.createManyMs)} | ${ratio(r.createMs, r.createManyMs)} | ${fmt(r.importLoopMs)} | ${fmt(r.importMs)} | ${ratio(r.importLoopMs, r.importMs)} | ${fmt(r.restoreLoopMs)} | ${fmt(r.restoreMs)} | ${ratio(r.restoreLoopMs, r.restoreMs)} |`,
  ),
  '',
]
console.log(`\nWrote ${writeBenchSection('@a2f/storage', lines)}`)
