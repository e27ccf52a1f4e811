// Bundled by browser-indexeddb.mjs and run in Chromium: the IndexedDB adapter on a real IndexedDB, and
// the vault's unlock time in the browser (where a lawyer types the passphrase).
import { createCredentialStore, createMemoryAdapter, createVault, unlockVault } from '../dist/index.js'
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
  // Each bulk run (a firm moving in, or its loop) in a database of its own, as a firm moves into its own
  // browser profile: not after 30,000 rows of the other runs, whose compaction Chromium is still doing.
  const bulkAdapters = []
  const bulkStore = (tenant, keys) => {
    const own = createIndexedDbAdapter({ name: `bench-${tenant}-${Date.now()}`, broadcast: false })
    bulkAdapters.push(own)
    return createCredentialStore({ adapter: own, keys, tenant, actor: 'bench' })
  }
  try {
    const result = await measureAdapter({ name: 'IndexedDB (Chromium)', adapter, bulkStore })
    return { ...result, unlockMs: await measureUnlock() }
  } finally {
    await adapter.close?.()
    for (const own of bulkAdapters) await own.close?.()
  }
}
