// Bundled by browser-indexeddb.mjs and run in Chromium: the IndexedDB adapter on a real IndexedDB.
import { createIndexedDbAdapter } from '../dist/indexeddb.js'
import { measureAdapter } from './adapters.mjs'

globalThis.runBench = async () => {
  const adapter = createIndexedDbAdapter({ name: `bench-${Date.now()}`, broadcast: false })
  try {
    return await measureAdapter({ name: 'IndexedDB (Chromium)', adapter })
  } finally {
    await adapter.close?.()
  }
}
