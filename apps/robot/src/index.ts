/**
 * @a2f/robot — logs into an eproc court unattended with a stored a2f credential: password, then a code
 * it can still submit; waits for the next window when a code was already used; stops at a lockout
 * warning instead of burning attempts. The command line is `dist/cli.js`; this is the library under it.
 *
 * ```ts
 * import { launchChromium, loginToEproc, openStore, submissionCodes, systemClock } from '@a2f/robot'
 * const outcome = await loginToEproc({ page, url, login, password, codeFor: submissionCodes(secret, otp, Date.now) })
 * ```
 */
export { loginToEproc, DEFAULT_MAX_INVALID_CODES } from './login/login-to-eproc.js'
export type { LoginToEprocOptions } from './login/login-to-eproc.js'
export type { LoginOutcome, LoginProgress } from './login/login-outcome.js'
export { submissionCodes, MIN_REMAINING_MS } from './login/submission-codes.js'
export type { CodeSource, CodeToSubmit } from './login/submission-codes.js'
export { classifyMessage } from './login/eproc-messages.js'
export type { MessageKind } from './login/eproc-messages.js'
export { SELECTORS } from './login/eproc-page.js'
export { systemClock } from './login/robot-clock.js'
export type { RobotClock } from './login/robot-clock.js'

export { launchChromium, chromiumExecutable, DEFAULT_CHROMIUM_PATH } from './browser/launch-chromium.js'

export { openStore, ROBOT_TENANT, ROBOT_ACTOR } from './store/open-store.js'
export type { OpenStoreOptions, RobotStore } from './store/open-store.js'
export { resolveStoreLocation, DEFAULT_DATA_DIR } from './store/store-location.js'
export type { Environment, StoreLocation } from './store/store-location.js'

export { runCli } from './cli/run-cli.js'
export type { CliDependencies } from './cli/run-cli.js'
export { parseCommand } from './cli/parse-command.js'
export type { RobotCommand } from './cli/parse-command.js'
export { EXIT } from './cli/exit-codes.js'
export type { ExitCode } from './cli/exit-codes.js'
export { RobotError } from './cli/robot-error.js'
export type { Output } from './cli/output.js'
export { robotRegistry, SANDBOX_COURT_SYSTEM } from './commands/robot-registry.js'
