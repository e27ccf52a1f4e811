/**
 * Every test file of @a2f/react (and of apps/react-18-check, which runs them on React 18): a clean DOM
 * and clipboard after each test, and a patient `waitFor`/`findBy…`.
 */
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import { removeClipboard } from './clipboard.js'

// Codes come from a sealed store (AES-GCM per credential) and the test command runs every package at
// once: on two busy cores a list of 200 cards can take seconds to settle. waitFor only waits until its
// condition holds, so a longer limit slows nothing down; it only stops load from failing a test.
configure({ asyncUtilTimeout: 10_000 })

afterEach(() => {
  cleanup()
  removeClipboard()
})
