import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { removeClipboard } from './clipboard.js'

afterEach(() => {
  cleanup()
  removeClipboard()
})
