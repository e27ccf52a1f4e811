/**
 * `login --account <login>`: finds the credential, opens the court's login page in headless Chromium and
 * logs in (login-to-eproc.ts), then says how it ended with the contract's exit code. The key and the
 * court password are opened (`store.get`) only once the browser is up, and the key's bytes are wiped
 * when the login ends. `--screenshot` saves the final page with the password and code fields emptied.
 *
 * ```
 * $ node dist/cli.js login --account RS012345 --url http://127.0.0.1:5180/eproc/
 * Login efetuado: Dra. Conceição Araújo
 * ```
 */
import type { CredentialStore } from '@a2f/storage'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../browser/launch-chromium.js'
import { EXIT, type ExitCode } from '../cli/exit-codes.js'
import type { Output } from '../cli/output.js'
import { RobotError } from '../cli/robot-error.js'
import { SELECTORS } from '../login/eproc-page.js'
import { loginToEproc } from '../login/login-to-eproc.js'
import type { LoginOutcome, LoginProgress } from '../login/login-outcome.js'
import { systemClock, type RobotClock } from '../login/robot-clock.js'
import { submissionCodes } from '../login/submission-codes.js'
import { findCredential } from './find-credential.js'
import { loginUrlFor } from './login-url.js'

export interface LoginRequest {
  account: string
  system?: string
  url?: string
  screenshot?: string
}

export interface LoginDependencies {
  launch?: () => Promise<Browser>
  clock?: RobotClock
  maxInvalidCodes?: number
}

export async function loginCommand(
  store: CredentialStore,
  request: LoginRequest,
  io: Output,
  dependencies: LoginDependencies = {},
): Promise<ExitCode> {
  const summary = await findCredential(store, request.account, request.system)
  const url = loginUrlFor(summary, request.url)
  if (!summary.hasPassword) {
    throw new RobotError(`A credencial da conta ${summary.account} não tem a senha do tribunal guardada.`)
  }
  const clock = dependencies.clock ?? systemClock
  const browser = await (dependencies.launch ?? launchChromium)()
  try {
    const page = await (await browser.newContext({ locale: 'pt-BR' })).newPage()
    const outcome = await loginWithStoredSecrets(store, summary.id, page, url, clock, io, dependencies)
    if (request.screenshot !== undefined) await screenshot(page, request.screenshot, io)
    return report(outcome, summary.account, io)
  } finally {
    await browser.close()
  }
}

/** Opens the secrets, logs in, wipes the key: nothing secret outlives this call. */
async function loginWithStoredSecrets(
  store: CredentialStore,
  id: string,
  page: Page,
  url: string,
  clock: RobotClock,
  io: Output,
  dependencies: LoginDependencies,
): Promise<LoginOutcome> {
  const credential = await store.get(id)
  try {
    return await loginToEproc({
      page,
      url,
      login: credential.account,
      password: credential.password ?? '',
      codeFor: submissionCodes(credential.secret, credential.otp, () => clock.now()),
      sleep: (ms) => clock.sleep(ms),
      onProgress: (event) => io.err(describeProgress(event)),
      ...(dependencies.maxInvalidCodes === undefined
        ? {}
        : { maxInvalidCodes: dependencies.maxInvalidCodes }),
    })
  } finally {
    credential.secret.fill(0)
  }
}

function describeProgress(event: LoginProgress): string {
  switch (event.kind) {
    case 'opening':
      return `Abrindo a página de login: ${event.url}`
    case 'password-submitted':
      return 'Usuário e senha enviados.'
    case 'code-submitted':
      return `Código de acesso enviado (tentativa ${event.attempt}).`
    case 'waiting': {
      const why = {
        'window-ending': 'o código atual está perto de expirar',
        'code-used': 'o tribunal informou que o código já foi utilizado',
        'code-refused': 'o tribunal recusou o código anterior',
      }[event.reason]
      return `Aguardando ${Math.ceil(event.ms / 1000)} s pelo próximo código (${why}).`
    }
  }
}

function report(outcome: LoginOutcome, account: string, io: Output): ExitCode {
  switch (outcome.kind) {
    case 'logged-in':
      io.out(`Login efetuado: ${outcome.name || account}`)
      return EXIT.ok
    case 'locked-out':
      io.err(`Parado sem nova tentativa: o tribunal avisou de bloqueio — “${outcome.message}”`)
      return EXIT.lockout
    case 'wrong-password':
      io.err(`Usuário ou senha inválidos no tribunal para a conta ${account}. Confira a senha guardada.`)
      return EXIT.wrongPassword
    case 'refused':
      io.err(`O tribunal não aceitou o login: “${outcome.message}”`)
      return EXIT.unexpected
  }
}

/** The final page, with whatever the password and code fields still hold cleared first. */
async function screenshot(page: Page, path: string, io: Output) {
  try {
    for (const selector of [SELECTORS.password, SELECTORS.code]) {
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
