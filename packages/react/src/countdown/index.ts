/**
 * Live codes with their countdown: `CodeCountdown` (one code, from a stored credential, a key in memory
 * or the host) and `PeriodCountdown` (one shared countdown for a grid or list of codes).
 */
export { CodeCountdown } from './code-countdown.js'
export type { CodeCountdownProps } from './code-countdown.js'
export { PeriodCountdown } from './period-countdown.js'
export type { PeriodCountdownProps } from './period-countdown.js'
export type { CountdownVariant } from './countdown-timer.js'
export { spellCode } from './spell-code.js'
export type * from './messages.js'
