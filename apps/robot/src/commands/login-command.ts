/**
 * `login --account <login> [--system <id>]`: finds the credential, picks its registry system
 * (login-system.ts), opens the system's login page in headless Chromium and logs in with
 * @a2f/court-login's `loginToCourt`, then says how it ended with the contract's exit code
 * (login-messages.ts). Codes come from the store's `claimCode`, so robots sharing one database never
 * submit the same code for one authenticator; an e-mailed code (e-SAJ) from `--email-code-command`.
 * The court password is opened (`store.get`) only once the browser is up, and the key's bytes are wiped
 * when the login ends. `--screenshot` saves the final page with the password and code fields emptied.
 *
 * ```
 * $ node dist/cli.js login --account RS012345 --url http://127.0.0.1:5180/
 * Login efetuado: Dra. Conceição Araújo
 * ```
 */
import { CourtLoginError, drivenFlow, loginToCourt, selectorsFor, type LoginOutcome } from '@a2f/court-login'
import type { CredentialStore } from '@a2f/storage'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../browser/launch-chromium.js'
import type { ExitCode } from '../cli/exit-codes.js'
import type { Output } from '../cli/output.js'
import { RobotError, usageError } from '../cli/robot-error.js'
import { systemClock, type RobotClock } from '../clock/robot-clock.js'
import { emailCodeCommand } from './email-code-command.js'
import { findCredential } from './find-credential.js'
import { describeProgress, reportOutcome } from './login-messages.js'
import { loginSystemFor, type LoginSystem } from './login-system.js'

export interface LoginRequest {
  account: string
  system?: string
  url?: string
  screenshot?: string
  /** A command whose standard output is the code the court e-mailed (email-code-command.ts). */
  emailCodeCommand?: string
  /** On "Seleção de perfil", the profile whose description contains this. Default: the first. */
  profile?: string
}

export interface LoginDependencies {
  launch?: () => Promise<Browser>
  clock?: RobotClock
  maxInvalidCodes?: number
  /** How long the e-mail code command may take. Default 120 s. */
  emailCodeTimeoutMs?: number
}

export async function loginCommand(
  store: CredentialStore,
  request: LoginRequest,
  io: Output,
  dependencies: LoginDependencies = {},
): Promise<ExitCode> {
  const summary = await findCredential(store, request.account, request.system)
  const system = loginSystemFor(summary, request)
  const flow = drivenFlow(system.login.flow)
  if (flow === undefined) {
    throw usageError(
      `O robô não sabe entrar no sistema ${system.id}: o fluxo de login '${system.login.flow}' não é um ` +
        'dos que conhece (eproc, eproc com Keycloak, PJe com SSO, e-SAJ).',
    )
  }
  if (!summary.hasPassword) {
    throw new RobotError(`A credencial da conta ${summary.account} não tem a senha do tribunal guardada.`)
  }
  const browser = await (dependencies.launch ?? launchChromium)()
  try {
    const page = await (await browser.newContext({ locale: 'pt-BR' })).newPage()
    const outcome = await loginWithStoredSecrets(store, summary.id, page, system, request, io, dependencies)
    if (request.screenshot !== undefined) {
      const { password, code } = selectorsFor(flow, system.login)
      await screenshot(page, request.screenshot, [password, code], io)
    }
    return reportOutcome(outcome, { account: summary.account, systemId: system.id }, io)
  } finally {
    await browser.close()
  }
}

/** Opens the password, logs in, wipes the key: nothing secret outlives this call. */
async function loginWithStoredSecrets(
  store: CredentialStore,
  id: string,
  page: Page,
  system: LoginSystem,
  request: LoginRequest,
  io: Output,
  dependencies: LoginDependencies,
): Promise<LoginOutcome> {
  const clock = dependencies.clock ?? systemClock
  const credential = await store.get(id)
  try {
    return await loginToCourt({
      page,
      system,
      credential: { login: credential.account, password: credential.password ?? '' },
      // The store's claim: a counter no other robot on this database has, for this authenticator.
      codes: { store, id },
      ...(request.emailCodeCommand === undefined
        ? {}
        : {
            emailCode: emailCodeCommand(request.emailCodeCommand, {
              ...(dependencies.emailCodeTimeoutMs === undefined
                ? {}
                : { timeoutMs: dependencies.emailCodeTimeoutMs }),
            }),
          }),
      ...(request.profile === undefined ? {} : { profile: request.profile }),
      now: () => clock.now(),
      sleep: (ms) => clock.sleep(ms),
      onProgress: (event) => io.err(describeProgress(event)),
      ...(dependencies.maxInvalidCodes === undefined
        ? {}
        : { maxInvalidCodes: dependencies.maxInvalidCodes }),
    })
  } catch (error) {
    throw robotErrorOf(error, system)
  } finally {
    credential.secret.fill(0)
  }
}

/** court-login's errors in pt-BR; their messages name a step and a type, never what was typed. */
function robotErrorOf(error: unknown, system: LoginSystem): unknown {
  if (!(error instanceof CourtLoginError)) return error
  // The e-mail code command's own RobotError, wrapped by court-login as CODES_FAILED.
  if (error.cause instanceof RobotError) return error.cause
  switch (error.code) {
    case 'PAGE_UNREACHABLE':
      return new RobotError(`Não foi possível abrir a página de login de ${system.id} (${system.login.url}).`)
    case 'PAGE_TIMEOUT':
      return new RobotError(`O tribunal não respondeu a tempo em ${system.id} (${error.message}).`)
    case 'CODES_FAILED':
      return new RobotError(`Não foi possível obter o código de acesso da credencial (${error.message}).`)
    default:
      return new RobotError(`O login em ${system.id} parou (${error.code}): ${error.message}`)
  }
}

/** The final page, with whatever the password and code fields still hold cleared first. */
async function screenshot(page: Page, path: string, secretFields: string[], io: Output) {
  try {
    for (const selector of secretFields) {
      const field = page.locator(selector)
      if ((await field.count()) > 0) await field.first().fill('', { timeout: 5000 })
    }
    await page.screenshot({ path, fullPage: true })
    io.err(`Captura de tela salva em ${path}`)
  } catch (error) {
    // The login already ended: its outcome, not the picture, decides the exit code.
    io.err(
      `Não foi possível salvar a captura de tela em ${path} (${error instanceof Error ? error.name : 'erro'}).`,
    )
  }
}
