/**
 * The tests' side of TOTP: codes computed with otpauth for a key read from the page, and a fixed clock
 * the tests move between 30-second windows instead of waiting.
 *
 * @example
 *   const clock = testClock()
 *   codeAt(key, clock.now())   // '492039'
 *   clock.nextWindow()
 */
import * as OTPAuth from 'otpauth'

/** 10 s into a 30-second window, so one step back or forth stays inside a known window. */
export const T0 = Date.UTC(2025, 0, 15, 12, 0, 10)

export function testClock(start = T0) {
  let current = start
  return {
    now: () => current,
    set(ms: number) {
      current = ms
    },
    advance(ms: number) {
      current += ms
    },
    nextWindow() {
      current += 30_000
    },
  }
}

export function codeAt(key: string, timestamp: number): string {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(key.replace(/\s/g, '')),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  })
  return totp.generate({ timestamp })
}

/** A code that is wrong for this key now and one window either side. */
export function wrongCodeAt(key: string, timestamp: number): string {
  const valid = new Set([-30_000, 0, 30_000].map((offset) => codeAt(key, timestamp + offset)))
  for (let candidate = 0; ; candidate++) {
    const code = String(candidate).padStart(6, '0')
    if (!valid.has(code)) return code
  }
}
