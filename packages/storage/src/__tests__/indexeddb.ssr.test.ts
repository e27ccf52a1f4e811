import { IDBFactory } from 'fake-indexeddb'
import { afterEach, expect, it, vi } from 'vitest'
import { expectStorageError } from './contract/store-contract.js'

/** Browser globals the entry point must not touch while it is imported (server-side rendering). */
const BROWSER_GLOBALS = [
  'indexedDB',
  'window',
  'document',
  'BroadcastChannel',
  'IDBFactory',
  'IDBRequest',
  'IDBDatabase',
  'IDBTransaction',
  'IDBObjectStore',
  'IDBIndex',
  'IDBCursor',
  'IDBKeyRange',
]

const restore: Array<() => void> = []
afterEach(() => {
  for (const undo of restore.splice(0)) undo()
})

/** Replaces the globals with getters that record each access and answer undefined, as on a server. */
function watchGlobals(): string[] {
  const touched: string[] = []
  for (const name of BROWSER_GLOBALS) {
    const previous = Object.getOwnPropertyDescriptor(globalThis, name)
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        touched.push(name)
        return undefined
      },
    })
    restore.push(() => {
      if (previous === undefined) delete (globalThis as Record<string, unknown>)[name]
      else Object.defineProperty(globalThis, name, previous)
    })
  }
  return touched
}

it('imports and creates an adapter without touching any browser global', async () => {
  const touched = watchGlobals()
  vi.resetModules()
  const { createIndexedDbAdapter } = await import('../indexeddb.js')
  const adapter = createIndexedDbAdapter()
  expect(touched).toEqual([])

  // Used on the server anyway: a clear UNAVAILABLE, and subscribing works (there are just no other tabs).
  const error = await expectStorageError(adapter.get('firm-a', 'x'), 'UNAVAILABLE')
  expect(error.message).toMatch(/IndexedDB is not available here .*pass `indexedDB` in the options/)
  const unsubscribe = adapter.subscribe!('firm-a', () => {})
  unsubscribe()
  await adapter.close!()
})

it('explains that idb needs the IDB classes when a factory is injected without them', async () => {
  const { createIndexedDbAdapter } = await import('../indexeddb.js')
  expect(typeof (globalThis as { IDBRequest?: unknown }).IDBRequest).toBe('undefined')
  const adapter = createIndexedDbAdapter({ indexedDB: new IDBFactory(), broadcast: false })
  const error = await expectStorageError(adapter.list('firm-a'), 'UNAVAILABLE')
  expect(error.message).toMatch(/IDBRequest.*fake-indexeddb\/auto/)
  await adapter.close!()
})
