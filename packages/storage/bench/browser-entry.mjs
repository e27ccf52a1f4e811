// Bundled by browser-indexeddb.mjs and run in Chromium: the IndexedDB adapter on a real IndexedDB, and
// the vault's unlock time in the browser (where a lawyer types the passphrase).
import { createMemoryAdapter, createVault, unlockVault } from '../dist/index.js'
import { createIndexedDbAdapter } from '../dist/indexeddb.js'
import { measureAdapter } from './adapters.mjs'
import { median } from './stats.mjs'

async function measureUnlock(runs = 5) {
  const adapter = createMemoryAdapter()
  const passphrase = 'cavalo correto bateria grampo'
  await createVault(adapter, { passphrase })
  const times = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await unlockVault(adapter, { passphrase })
    times.push(performance.now() - start)
  }
  return median(times)
}

globalThis.runBench = async () => {
  const adapter = createIndexedDbAdapter({ name: `bench-${Date.now()}`, broadcast: false })
  try {
    const result = await measureAdapter({ name: 'IndexedDB (Chromium)', adapter })
    return { ...result, unlockMs: await measureUnlock() }
  } finally {
    await adapter.close?.()
  }
}
