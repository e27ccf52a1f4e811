/**
 * @a2f/robot — logs into any court system of the registry unattended with a stored a2f credential, by
 * @a2f/court-login's `loginToCourt`: password, then a code claimed from the store (never one another
 * robot got, never one with under 5 s left), or the code the court e-mailed; stops at a lockout warning
 * instead of burning attempts. The command line is `dist/cli.js`; this is the library under it.
 *
 * ```ts
 * import { launchChromium, loginSystemFor, loginToCourt, openStore } from '@a2f/robot'
 * const outcome = await loginToCourt({ page, system: loginSystemFor({ systemId }), credential, codes: { store, id } })
 * ```
 */
// Issue 5's library functions, now thin wrappers over @a2f/court-login (which knows every flow).
export { loginToEproc } from './compat/login-to-eproc.js'
export type { LoginToEprocOptions } from './compat/login-to-eproc.js'
export { submissionCodes } from './compat/submission-codes.js'
export { DEFAULT_MAX_INVALID_CODES, MIN_REMAINING_MS, classifyMessage, loginToCourt } from '@a2f/court-login'
export type {
  CodeSource,
  CodeToSubmit,
  LoginOutcome,
  LoginProgress,
  LoginToCourtOptions,
  MessageKind,
} from '@a2f/court-login'
/** The classic eproc form's selectors (`#txtUsuario`, `#pwdSenha`…), as court-login drives them. */
export { EPROC_SELECTORS as SELECTORS } from './compat/eproc-selectors.js'
export { systemClock } from './clock/robot-clock.js'
export type { RobotClock } from './clock/robot-clock.js'

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
export {
  robotRegistry,
  robotRegistryFor,
  SANDBOX_COURT_SYSTEM,
  SANDBOX_SYSTEM_IDS,
} from './commands/robot-registry.js'
export { loginSystemFor } from './commands/login-system.js'
export type { LoginSystem } from './commands/login-system.js'
export { emailCodeCommand, DEFAULT_EMAIL_CODE_TIMEOUT_MS } from './commands/email-code-command.js'
export type { EmailCodeCommandOptions } from './commands/email-code-command.js'
