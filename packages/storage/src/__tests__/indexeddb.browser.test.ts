import { expect, it } from 'vitest'
import { storeContract } from './contract/store-contract.js'
import { indexedDbAdapterCases } from './indexeddb-cases.js'
import { indexedDbSubject, uniqueName, type TestDatabase } from './indexeddb-support.js'

/**
 * The same suites as on fake-indexeddb, on Chromium's own IndexedDB and BroadcastChannel (Vitest browser
 * mode). Each test gets a database of its own name, deleted afterwards; two adapters on one name are two
 * tabs (two BroadcastChannels in one page deliver to each other as across tabs).
 */
const chromiumDatabase = (): TestDatabase => ({ factory: indexedDB, name: uniqueName('a2f-browser') })

it('runs in a real browser, on its own IndexedDB', () => {
  expect(navigator.userAgent).toMatch(/Chrome\//)
  expect(indexedDB.constructor.name).toBe('IDBFactory')
  expect(typeof BroadcastChannel).toBe('function')
})

storeContract(indexedDbSubject('IndexedDB (Chromium)', chromiumDatabase))
indexedDbAdapterCases('Chromium', chromiumDatabase)
