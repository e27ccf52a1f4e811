// Fails every test file if React 19 slipped in: this project exists to prove React 18.
import { version } from 'react'
import { version as domVersion } from 'react-dom'

if (!version.startsWith('18.') || !domVersion.startsWith('18.')) {
  throw new Error(`react-18-check expected React 18, got react ${version} and react-dom ${domVersion}`)
}
