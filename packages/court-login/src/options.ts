/**
 * What `loginToCourt` takes. Every option is documented with its default.
 *
 * ```ts
 * const options: LoginToCourtOptions = {
 *   page, system: courtRegistry.get('tjrs-eproc-1g')!, credential: { login: 'RS012345', password },
 *   codes: { store, id: credential.id }, onProgress: (event) => log.info(event), signal,
 * }
 * ```
 */
import type { CourtLogin } from '@a2f/core'
import type { Page } from 'playwright-core'
import type { CodesOption } from './code-source.js'
import type { LoginProgress } from './outcome.js'

/** The court login: user name, CPF or OAB number, and its password (typed, never reported). */
export interface CourtCredential {
  login: string
  password: string
}

/** What an `emailCode` provider is told when a code is on its way (no secret in it). */
export interface EmailCodeRequest {
  systemId: string
  /** The court login the code was sent for. */
  login: string
  /** `now()` just before the action that sent the code: an older message holds an older code. */
  since: number
  /** 1 for the first code of this run. */
  attempt: number
  /** 'first': after the password; 'resent': after "Reenviar código"; 'refused': the last one was wrong. */
  reason: 'first' | 'resent' | 'refused'
  signal?: AbortSignal
}

export interface LoginToCourtOptions {
  page: Page
  /** A registry entry (`courtRegistry.get(id)`): its `login` says the flow, the URL and the selectors. */
  system: { id: string; login?: CourtLogin | undefined }
  credential: CourtCredential
  /** TOTP codes: required by the 'eproc-form', 'keycloak' and 'pje-sso' flows. */
  codes?: CodesOption
  /** Reads the code an 'esaj' or 'email-code' system e-mailed. Without it those flows stop at once. */
  emailCode?: (request: EmailCodeRequest) => Promise<string>
  /** Called at each step; events never hold a password or a code. */
  onProgress?: (event: LoginProgress) => void
  /** Aborts between steps and during waits (a CourtLoginError 'ABORTED'). */
  signal?: AbortSignal
  /** Waits for a code's window; inject one that moves a test clock. Default: real time. */
  sleep?: (ms: number) => Promise<void>
  /** The robot's clock, for `EmailCodeRequest.since`. Default `Date.now`. */
  now?: () => number
  /** For each page load, field and button. Default 30 000 ms. */
  timeoutMs?: number
  /** Wrong codes this run may submit before giving up. Default 4 (eproc locks at 5); a lockout warning stops it sooner. */
  maxInvalidCodes?: number
  /** Tick "save this device" (`#saveDevice`, eproc's "Não usar o 2FA neste dispositivo"). Default false: left unticked. */
  saveDevice?: boolean
  /** On "Seleção de perfil", the profile whose description contains this (any case). Default: the first. */
  profile?: string
  /** Selectors over the flow's defaults and the registry's (`username`, `code`, `loggedIn`…). Default none. */
  selectors?: Record<string, string>
}

export const DEFAULT_TIMEOUT_MS = 30_000
export const DEFAULT_MAX_INVALID_CODES = 4
