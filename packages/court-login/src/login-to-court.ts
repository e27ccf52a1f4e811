/**
 * Logs into a court system unattended, in the flow its registry entry describes (`system.login.flow`):
 *
 * | flow                    | pages                                                                        |
 * | ----------------------- | ---------------------------------------------------------------------------- |
 * | 'eproc-form'            | `#txtUsuario`, `#pwdSenha`, `#sbmEntrar` → `#txtAcessoCodigo`, `#btnValidar` |
 * | 'keycloak'              | `#username`, `#password`, `#kc-login` → `#otp` (`#saveDevice`) → profile     |
 * | 'pje-sso'               | `#btnSsoPdpj` → the SSO's `#username`, `#password`, `#kc-login` → `#otp`     |
 * | 'esaj' and 'email-code' | `#usernameForm`, `#passwordForm`, `#pbEntrar` → the e-mailed code            |
 *
 * The flow's default selectors sit under the registry's `login.selectors` (and the caller's). After the
 * password each page is read the same way, whatever the flow: a captcha → `needs-captcha`; any
 * "bloque…" → `locked-out` at once; the "Sair" link → `logged-in`; "Seleção de perfil" → the first (or
 * the given) profile; a wrong password → `wrong-password`; the code field → the next code (totp-step.ts,
 * email-code-step.ts); back at the login form → `refused`; any other page → `court-changed`, with the
 * selector it lacks.
 *
 * The password and the codes are typed and forgotten: never in an outcome, a progress event or an error.
 *
 * ```ts
 * const outcome = await loginToCourt({
 *   page, system: courtRegistry.get('tjrs-eproc-1g')!, credential: { login: 'RS012345', password },
 *   codes: totpCodes(secret), onProgress: (event) => console.log(event),
 * })
 * if (outcome.kind === 'logged-in') console.log(outcome.name) // 'Dra. Conceição Araújo'
 * ```
 */
import { realSleep, throwIfAborted } from './abort.js'
import { codeSourceOf } from './code-source.js'
import { has, messageText, welcomeName } from './court-page.js'
import { emailCodeTurns } from './email-code-step.js'
import { CourtLoginError } from './errors.js'
import { drivenFlow, selectorsFor } from './flow-selectors.js'
import { courtChanged, scrubbed, type LoginContext } from './login-context.js'
import { classifyMessage } from './messages.js'
import { DEFAULT_MAX_INVALID_CODES, DEFAULT_TIMEOUT_MS, type LoginToCourtOptions } from './options.js'
import type { LoginOutcome } from './outcome.js'
import { passwordStep } from './password-step.js'
import { chooseProfile } from './profile-step.js'
import { totpTurns, type CodeTurns } from './totp-step.js'

/** Pages a login may go through after the password: far more than any flow has, so a loop ends. */
const MAX_PAGES = 24

export async function loginToCourt(options: LoginToCourtOptions): Promise<LoginOutcome> {
  const { system } = options
  const login = system.login
  if (!login)
    throw new CourtLoginError('UNSUPPORTED_SYSTEM', `${system.id} has no login description.`, {
      systemId: system.id,
    })
  const flow = drivenFlow(login.flow)
  if (!flow)
    throw new CourtLoginError(
      'UNSUPPORTED_SYSTEM',
      `${system.id}'s login flow '${login.flow}' is not one this package drives.`,
      {
        systemId: system.id,
        flow: login.flow,
      },
    )
  throwIfAborted(options.signal)
  // Without a way to read the e-mailed code, the password is not even typed: no code is sent for nothing.
  if (flow === 'email-code' && !options.emailCode) return { kind: 'needs-email-code' }
  if (flow !== 'email-code' && !options.codes)
    throw new CourtLoginError('CODES_FAILED', `${system.id} asks for TOTP codes and no \`codes\` were given.`)

  const context: LoginContext = {
    page: options.page,
    flow,
    systemId: system.id,
    url: login.url,
    selectors: selectorsFor(flow, login, options.selectors),
    credential: options.credential,
    ...(options.codes ? { nextCode: codeSourceOf(options.codes) } : {}),
    ...(options.emailCode ? { emailCode: options.emailCode } : {}),
    progress: options.onProgress ?? (() => undefined),
    signal: options.signal,
    sleep: options.sleep ?? realSleep,
    now: options.now ?? Date.now,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxInvalidCodes: options.maxInvalidCodes ?? DEFAULT_MAX_INVALID_CODES,
    saveDevice: options.saveDevice ?? false,
    profile: options.profile,
    typed: [options.credential.password],
  }

  const sentAfter = context.now()
  const stop = await passwordStep(context)
  if (stop) return scrubbed(stop, context.typed)
  const turns = flow === 'email-code' ? emailCodeTurns(context, sentAfter) : totpTurns(context)
  return scrubbed(await afterPassword(context, turns), context.typed)
}

async function afterPassword(context: LoginContext, turns: CodeTurns): Promise<LoginOutcome> {
  const { page, selectors } = context
  const codeStep = context.flow === 'email-code' ? 'email-code' : 'code'
  let profile: string | undefined
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    throwIfAborted(context.signal)
    const message = await messageText(page, selectors.message)
    const kind = classifyMessage(message)
    if (kind === 'lockout') return { kind: 'locked-out', message }
    if (await has(page, selectors.captcha))
      return { kind: 'needs-captcha', step: turns.attempts > 0 ? codeStep : 'password' }
    if (await has(page, selectors.loggedIn)) {
      const name = await welcomeName(page)
      return {
        kind: 'logged-in',
        ...(name === undefined ? {} : { name }),
        ...(profile === undefined ? {} : { profile }),
      }
    }
    if (selectors.profile !== undefined && (await has(page, selectors.profile))) {
      if (profile !== undefined)
        return { kind: 'refused', message: message || 'O tribunal pediu o perfil de novo.' }
      const result = await chooseProfile(context, selectors.profile)
      if ('outcome' in result) return result.outcome
      profile = result.chosen
      continue
    }
    if (kind === 'wrong-password') return { kind: 'wrong-password', message }
    if (selectors.enrol !== undefined && (await has(page, selectors.enrol)))
      return {
        kind: 'refused',
        message: 'O tribunal pede o cadastro de um autenticador (primeiro acesso): faça-o uma vez à mão.',
      }
    if (await has(page, selectors.code)) {
      const stop = await turns.turn(kind, message)
      if (stop) return stop
      continue
    }
    // Back at the login form: the court refused, with its reason when it gives one.
    if (await has(page, selectors.username))
      return { kind: 'refused', message: message || 'O tribunal voltou à página de login sem dizer por quê.' }
    // A page that is none of the flow's, even with a message ("Enviamos um código…" over a code field
    // that moved): the court changed, and the message says what it shows.
    return courtChanged(context, codeStep, selectors.code, message)
  }
  return { kind: 'refused', message: 'O login não terminou: páginas demais depois da senha.' }
}
