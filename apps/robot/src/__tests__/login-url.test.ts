import { courtRegistry } from '@a2f/core'
import { describe, expect, it } from 'vitest'
import { EXIT } from '../cli/exit-codes.js'
import { RobotError } from '../cli/robot-error.js'
import { loginUrlFor } from '../commands/login-url.js'

describe('loginUrlFor', () => {
  it("uses --url first, else the system's login URL in the registry", () => {
    expect(loginUrlFor({ systemId: 'trf4-eproc' }, 'http://127.0.0.1:9999/eproc/')).toBe(
      'http://127.0.0.1:9999/eproc/',
    )
    expect(loginUrlFor({ systemId: 'trf4-eproc' })).toBe(courtRegistry.get('trf4-eproc')?.loginUrl)
    expect(loginUrlFor({ systemId: 'sandbox-eproc' })).toBe('http://127.0.0.1:5180/eproc/')
  })

  it('is a usage error for an unknown system, or none, without --url', () => {
    for (const credential of [{ systemId: 'tjxx-eproc' }, {}]) {
      const error = (() => {
        try {
          return loginUrlFor(credential)
        } catch (caught) {
          return caught
        }
      })()
      expect(error).toBeInstanceOf(RobotError)
      expect((error as RobotError).exitCode).toBe(EXIT.usage)
      expect((error as RobotError).message).toMatch(/--url/)
    }
  })
})
