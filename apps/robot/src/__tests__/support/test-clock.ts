/**
 * One clock for the sandbox court (`now`) and the robot (`now`, `sleep`): sleeping moves it, so waiting
 * for the next TOTP window takes no real time. It starts just after a window boundary, a little ahead of
 * real time, so cookies the court dates by it are not already expired for the browser.
 */
import type { RobotClock } from '../../clock/robot-clock.js'

export const PERIOD_MS = 30_000

export interface TestClock extends RobotClock {
  /** Every `sleep` so far, in ms. */
  readonly sleeps: number[]
  /** Moves to `offsetMs` into the window that follows the current one. */
  nextWindowAt(offsetMs: number): void
}

export function testClock(): TestClock {
  let time = 0
  const sleeps: number[] = []
  const clock: TestClock = {
    sleeps,
    now: () => time,
    sleep: async (ms) => {
      sleeps.push(ms)
      time += ms
    },
    nextWindowAt(offsetMs) {
      time = (Math.floor(Math.max(time, Date.now()) / PERIOD_MS) + 1) * PERIOD_MS + offsetMs
    },
  }
  clock.nextWindowAt(2000)
  return clock
}
