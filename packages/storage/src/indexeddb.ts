/**
 * @a2f/storage/indexeddb — the browser backend: IndexedDB, with change events across tabs.
 *
 * Importing this entry touches no browser API (it is safe in server-side rendering); the database and
 * the BroadcastChannel are opened on first use.
 */
export { createIndexedDbAdapter } from './adapters/indexeddb/adapter.js'
export type { IndexedDbAdapterOptions } from './adapters/indexeddb/adapter.js'
