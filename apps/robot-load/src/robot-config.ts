/**
 * What the orchestrator tells each robot process: in `A2F_LOAD_ROBOT` (JSON, nothing secret) and, apart,
 * the secrets in variables of their own (`A2F_LOAD_MASTER_KEY`, `A2F_LOAD_STORAGE_TOKEN`,
 * `A2F_LOAD_COURT_PASSWORD`), so that no secret is on a command line (`ps` shows those) or in a log.
 *
 * ```ts
 * const config: RobotConfig = { robot: 'chromium-eproc', mode: 'login', login: 'chromium', claims: 'postgres', … }
 * ```
 */
import type { SandboxCourtSystem } from '@a2f/sandbox-court/court-system'
import type { ClaimPath, LoginMethod } from './records.js'

/** What every robot needs to reach the store. */
export interface StoreAccess {
  postgresUrl: string
  /** @a2f/storage's HTTP handler, e.g. http://127.0.0.1:41234/api/a2f. */
  storageUrl: string
  tenant: string
}

export interface LoginRobotConfig extends StoreAccess {
  mode: 'login'
  robot: string
  login: LoginMethod
  claims: ClaimPath
  /** The sandbox's registry entry (`sandboxCourtSystems(court.url)`): flow, URL, selectors. */
  system: SandboxCourtSystem
  credentialId: string
  /** The court login (RS012345); its password comes in A2F_LOAD_COURT_PASSWORD. */
  courtLogin: string
  /** After the start signal, so the robots' first claims come in a known order. */
  startDelayMs: number
  /** After a login, before the next one (the robot's work in its session). */
  sessionMs: number
  /** The TOTP period of the credential, ms. */
  periodMs: number
}

export interface ClaimRateRobotConfig extends StoreAccess {
  mode: 'claim-rate'
  robot: string
  /** Run one after the other, each on the orchestrator's signal. */
  phases: { name: string; claims: ClaimPath; credentialId: string }[]
  secondsPerPhase: number
}

export type RobotConfig = LoginRobotConfig | ClaimRateRobotConfig

/** The secrets a robot gets through its environment. */
export interface RobotSecrets {
  /** Base64 master key (key id `load`) for the PostgreSQL store. */
  masterKey: string
  /** Bearer token for the storage HTTP handler. */
  storageToken: string
  courtPassword: string
}

export const ENV = {
  config: 'A2F_LOAD_ROBOT',
  masterKey: 'A2F_LOAD_MASTER_KEY',
  storageToken: 'A2F_LOAD_STORAGE_TOKEN',
  courtPassword: 'A2F_LOAD_COURT_PASSWORD',
} as const

export const MASTER_KEY_ID = 'load'

export function robotEnvironment(config: RobotConfig, secrets: RobotSecrets): Record<string, string> {
  return {
    [ENV.config]: JSON.stringify(config),
    [ENV.masterKey]: secrets.masterKey,
    [ENV.storageToken]: secrets.storageToken,
    [ENV.courtPassword]: secrets.courtPassword,
  }
}

export function readRobotEnvironment(env: NodeJS.ProcessEnv): { config: RobotConfig; secrets: RobotSecrets } {
  const missing = Object.values(ENV).filter((name) => !env[name])
  if (missing.length > 0)
    throw new Error(`robot-process: ${missing.join(', ')} not set (started by the orchestrator only)`)
  return {
    config: JSON.parse(env[ENV.config] as string) as RobotConfig,
    secrets: {
      masterKey: env[ENV.masterKey] as string,
      storageToken: env[ENV.storageToken] as string,
      courtPassword: env[ENV.courtPassword] as string,
    },
  }
}
