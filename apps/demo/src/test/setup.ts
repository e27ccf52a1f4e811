/**
 * Every test file: IndexedDB's globals (fake-indexeddb; each test still gets its own factory through
 * `renderApp`), a patient `findBy…`, a clean DOM, URL hash and session storage between tests.
 */
import 'fake-indexeddb/auto'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// The app's first screens wait for IndexedDB and a scrypt derivation, which take seconds when the test
// command runs every package at once on two cores: findBy… waits up to 10 s instead of RTL's 1 s.
configure({ asyncUtilTimeout: 10_000 })

afterEach(() => {
  cleanup()
  window.location.hash = ''
  sessionStorage.clear()
})
