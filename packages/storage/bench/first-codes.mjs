/**
 * `node bench/first-codes.mjs [memory,indexeddb,pglite,postgres]`: the first `store.codes()` for 10,000
 * credentials on the in-process adapters (fresh key rings, as shipped beside WebCrypto only, interleaved)
 * and the ways of opening 10,000 sealed keys (unseal.mjs), without the rest of `pnpm bench`. Prints;
 * BENCHMARKS.md is written by run.mjs, which measures the same.
 */
import { createCredentialStore } from '../dist/index.js'
import { COUNT, keyring, measureFirstCodes } from './adapters.mjs'
import { median } from './stats.mjs'
import { subjects } from './subjects.mjs'
import { measureUnseal } from './unseal.mjs'

const wanted = (process.argv[2] ?? 'memory,indexeddb,pglite').split(',')
const matches = (name) => wanted.some((word) => name.toLowerCase().includes(word.toLowerCase()))

console.log('Opening 10,000 sealed keys…')
console.log(await measureUnseal())

for (const subject of subjects().filter((s) => matches(s.name) && !s.name.includes('Chromium'))) {
  const started = await subject.start()
  try {
    if (!started.adapter) continue
    const store = createCredentialStore({ adapter: started.adapter, keys: await keyring(), tenant: 'bench' })
    await store.createMany(
      Array.from({ length: COUNT }, (_, i) => ({
        issuer: ['TRF4', 'TJRS', 'TJSC', 'TRF2', 'TJTO'][i % 5],
        account: `advogado.${i}`,
        owner: `Advogada ${i % 97}`,
        secret: crypto.getRandomValues(new Uint8Array(20)),
      })),
    )
    const first = await measureFirstCodes(started.adapter, { runs: 5 })
    await store.codes()
    const next = []
    for (let i = 0; i < 5; i++) {
      const start = performance.now()
      await store.codes()
      next.push(performance.now() - start)
    }
    console.log(subject.name, { ...first, codesNextMs: median(next) })
  } finally {
    await subject.stop()
  }
}
