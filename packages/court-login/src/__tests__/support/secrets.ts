/** Every code a key had around a run (one window either side): none may appear in any output. */
import { hotp } from '@a2f/core'

export function codesAround(secret: string, from: number, to: number, periodMs = 30_000): string[] {
  const codes: string[] = []
  for (let counter = Math.floor(from / periodMs) - 1; counter <= Math.floor(to / periodMs) + 1; counter++)
    codes.push(hotp(secret, counter))
  return codes
}
