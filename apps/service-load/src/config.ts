/**
 * What the orchestrator tells its processes: the configuration in `A2F_SERVICE_LOAD` (JSON, nothing
 * secret) and, apart, the secrets in variables of their own (`A2F_SERVICE_LOAD_MASTER_KEY`,
 * `A2F_SERVICE_LOAD_TOKEN`), so no secret is on a command line (`ps` shows those) or in a log.
 */
import type { AdmissionLimits } from '@a2f/robot-load'
import type { PlannedClient, RunBounds } from './plan.js'

export interface ServerConfig {
  role: 'server'
  name: string
  postgresUrl: string
  tenant: string
  /** The handler's admission limits; absent: its defaults. */
  limits?: AdmissionLimits
}

export interface DriverConfig extends RunBounds {
  role: 'driver'
  name: string
  /** The servers' base URLs (`http://127.0.0.1:port/api/a2f`), by index. */
  servers: string[]
  clients: PlannedClient[]
  minRemainingMs: number
  /** How many credentials the tenant holds: every `codes()` must return them all, none unreadable. */
  credentials: number
  /** The longest a client honours a 503's Retry-After before trying again (the run is bounded). */
  retryCapMs: number
}

export type ProcessConfig = ServerConfig | DriverConfig

export interface Secrets {
  /** Base64 master key (key id MASTER_KEY_ID), servers only. */
  masterKey: string
  /** The bearer token both servers accept. */
  token: string
}

export const ENV = {
  config: 'A2F_SERVICE_LOAD',
  masterKey: 'A2F_SERVICE_LOAD_MASTER_KEY',
  token: 'A2F_SERVICE_LOAD_TOKEN',
} as const

export const MASTER_KEY_ID = 'load'

export function processEnvironment(config: ProcessConfig, secrets: Partial<Secrets>): Record<string, string> {
  return {
    [ENV.config]: JSON.stringify(config),
    ...(secrets.masterKey === undefined ? {} : { [ENV.masterKey]: secrets.masterKey }),
    ...(secrets.token === undefined ? {} : { [ENV.token]: secrets.token }),
  }
}

export function readProcessEnvironment<C extends ProcessConfig>(
  env: NodeJS.ProcessEnv,
  role: C['role'],
): { config: C; secrets: Partial<Secrets> } {
  const text = env[ENV.config]
  if (!text) throw new Error(`${ENV.config} is not set (started by the orchestrator only)`)
  const config = JSON.parse(text) as C
  if (config.role !== role) throw new Error(`${ENV.config} is a ${config.role}'s, not a ${role}'s`)
  const secrets: Partial<Secrets> = {}
  if (env[ENV.masterKey]) secrets.masterKey = env[ENV.masterKey] as string
  if (env[ENV.token]) secrets.token = env[ENV.token] as string
  return { config, secrets }
}
