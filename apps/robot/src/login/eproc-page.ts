/**
 * The eproc pages as the robot reads and drives them (selectors of the issue-5 contract): the message
 * box `#divMensagem`, the code field `#txtAcessoCodigo`, the panel's `#lnkSair`, and form submissions
 * that load a new page. Playwright's own errors are not passed on: a `fill` error could quote what was
 * being typed, so they become pt-BR messages naming the step and the error's type only.
 *
 * ```ts
 * await typeInto(page, '#pwdSenha', password, 'a senha')
 * await submitAndWait(page, '#sbmEntrar', 'ao botão Entrar', 30_000)
 * const { message, codeField, panel } = await readEprocPage(page)
 * ```
 */
import type { Page } from 'playwright-core'
import { RobotError } from '../cli/robot-error.js'

export const SELECTORS = {
  user: '#txtUsuario',
  password: '#pwdSenha',
  enter: '#sbmEntrar',
  code: '#txtAcessoCodigo',
  validate: '#btnValidar',
  message: '#divMensagem',
  logout: '#lnkSair',
} as const

export interface EprocPageState {
  /** The text of `#divMensagem`, whitespace collapsed; '' when there is none. */
  message: string
  /** The two-factor code page (`#txtAcessoCodigo`). */
  codeField: boolean
  /** The panel after a login (`#lnkSair`). */
  panel: boolean
}

export async function readEprocPage(page: Page): Promise<EprocPageState> {
  const box = page.locator(SELECTORS.message)
  const message = (await box.count()) > 0 ? (await box.first().innerText()).replace(/\s+/g, ' ').trim() : ''
  return {
    message,
    codeField: (await page.locator(SELECTORS.code).count()) > 0,
    panel: (await page.locator(SELECTORS.logout).count()) > 0,
  }
}

/** The name in the panel's "Bem-vindo(a), <name>.", or undefined when the panel does not show one. */
export async function panelUserName(page: Page): Promise<string | undefined> {
  const text = await page.locator('body').innerText()
  const name = /Bem-vindo\(a\),[ \t]*([^\n]+)/.exec(text)?.[1]
  return name?.trim().replace(/\.$/, '').trim()
}

/** Types `value` into a field. On failure, says which field — never what was being typed. */
export async function typeInto(page: Page, selector: string, value: string, what: string, timeoutMs: number) {
  try {
    await page.fill(selector, value, { timeout: timeoutMs })
  } catch (error) {
    throw new RobotError(`Não foi possível preencher ${what} na página do tribunal (${errorName(error)}).`)
  }
}

/** Clicks a submit button and waits for the page it loads (eproc answers every form with a new page). */
export async function submitAndWait(page: Page, selector: string, what: string, timeoutMs: number) {
  const loaded = page.waitForEvent('load', { timeout: timeoutMs })
  try {
    await page.click(selector, { timeout: timeoutMs })
    await loaded
  } catch (error) {
    loaded.catch(() => undefined)
    throw new RobotError(`A página do tribunal não respondeu ${what} (${errorName(error)}).`)
  }
}

export async function openLoginPage(page: Page, url: string, timeoutMs: number) {
  try {
    await page.goto(url, { timeout: timeoutMs, waitUntil: 'load' })
  } catch (error) {
    // Playwright's first line says why (net::ERR_CONNECTION_REFUSED…) and quotes only the URL given.
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : ''
    throw new RobotError(`Não foi possível abrir ${url}: ${reason || errorName(error)}`)
  }
  if ((await page.locator(SELECTORS.user).count()) === 0) {
    throw new RobotError(`${url} não parece a página de login do eproc (sem o campo Usuário).`)
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error
}
