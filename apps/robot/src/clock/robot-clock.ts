/**
 * Time as the robot sees it: `now` to pick a code, `sleep` to wait for the next window. Tests inject a
 * clock shared with the sandbox court, so waiting for a window takes no real time.
 *
 * ```ts
 * let t = Date.UTC(2026, 0, 1)
 * const clock: RobotClock = { now: () => t, sleep: async (ms) => void (t += ms) }
 * ```
 */
export interface RobotClock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const systemClock: RobotClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}
