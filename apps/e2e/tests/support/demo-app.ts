/**
 * The demo ("Gestão de autenticadores") as a user drives it: the vault gate, the navigation, the wizard,
 * the grid's and the wizard's codes, and the backup forms of the settings. Locators go by role and label,
 * as a screen reader would, and by the widgets' stable `a2f-*` classes where a value is read.
 *
 * @example
 * await createVault(page, 'senha-do-cofre')
 * await expect(gridRow(page, user.login)).toContainText('Validada')
 */
import { expect, type Page } from '@playwright/test'
import { DEMO_URL } from './addresses.js'
import type { CourtUser } from './court-user.js'
import { shot } from './screenshots.js'

const shotOf = (page: Page, name: string) => shot(page, name, { fullPage: true })

/** Digits only: the widgets group codes 3+3 ("123 456"). */
const digits = (text: string | null) => (text ?? '').replace(/\D/g, '')

const vaultField = (page: Page) => page.getByLabel('Senha do cofre', { exact: true })

/** First run: opens the demo (the production build, or `url`) and creates the vault; the empty grid follows. */
export async function createVault(page: Page, passphrase: string, url: string = DEMO_URL) {
  await page.goto(url)
  await expect(page.getByRole('heading', { name: 'Crie a senha do cofre' })).toBeVisible()
  await vaultField(page).fill(passphrase)
  await page.getByLabel('Confirme a senha do cofre').fill(passphrase)
  await page.getByRole('button', { name: 'Criar cofre' }).click()
  await expect(page.getByRole('heading', { name: 'Credenciais 2FA', level: 2 })).toBeVisible({
    timeout: 20_000,
  })
}

/** The gate of a later run (or after locking): types the passphrase and submits. */
export async function submitUnlock(page: Page, passphrase: string) {
  await expect(page.getByRole('heading', { name: 'Desbloqueie o cofre' })).toBeVisible()
  await vaultField(page).fill(passphrase)
  await page.getByRole('button', { name: 'Desbloquear' }).click()
}

export async function unlockVault(page: Page, passphrase: string) {
  await submitUnlock(page, passphrase)
  await expect(page.getByRole('navigation', { name: 'Principal' })).toBeVisible({ timeout: 20_000 })
}

export async function openSection(
  page: Page,
  name: 'Credenciais 2FA' | 'Meus autenticadores' | 'Tribunais' | 'Configurações',
) {
  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name }).click()
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible()
}

/** The grid's row of a court login. */
export const gridRow = (page: Page, login: string) =>
  page.locator('.a2f-grid-row[data-id]').filter({ hasText: login })

/** The live code the grid shows for a login. */
export async function gridCode(page: Page, login: string): Promise<string> {
  const value = gridRow(page, login).locator('.a2f-grid-code-value')
  await expect(value).toHaveText(/^\d{3} \d{3}$/)
  return digits(await value.textContent())
}

/** The live code of the wizard's "Autenticador" step. */
export async function wizardCode(page: Page): Promise<string> {
  const value = page.locator('.a2f-enrollment-code .a2f-countdown-digits')
  await expect(value).toHaveText(/^\d{3} \d{3}$/)
  return digits(await value.textContent())
}

/** The code "Meus autenticadores" shows for a login. */
export async function authenticatorCode(page: Page, login: string): Promise<string> {
  const item = page.locator('.a2f-authenticators-item').filter({ hasText: login })
  const value = item.locator('.a2f-authenticators-digits')
  await expect(value).toHaveText(/^\d{3} \d{3}$/)
  return digits(await value.textContent())
}

/** The sandbox court's systems, as the demo's registry names them (one per login flow). */
export const SANDBOX_SYSTEMS = {
  'sandbox-eproc': 'Tribunal Sandbox (local, formulário clássico)',
  'sandbox-eproc-keycloak': 'Tribunal Sandbox (local, login pelo Keycloak)',
  'sandbox-pje': 'Tribunal Sandbox (local)',
  'sandbox-esaj': 'Tribunal Sandbox (local)',
} as const

export type SandboxSystemId = keyof typeof SANDBOX_SYSTEMS

/**
 * "Nova credencial 2FA" up to the key step: the sandbox court found by searching "sandbox" (every flow
 * of the court is listed; `options.system` picks one, default the classic eproc form), then the court login,
 * password, lawyer and personal e-mail.
 */
export async function startEnrolment(
  page: Page,
  user: CourtUser,
  shots?: { court?: string; credential?: string },
  options: {
    /** Which flow of the sandbox; default the classic eproc form. */
    system?: SandboxSystemId
    /** Checks on the court step (the chosen system's details) before moving on. */
    atCourtStep?: (page: Page) => Promise<void>
    /**
     * Whether the court asks for a personal e-mail (the classic form sends its activation link there):
     * without one, the field is optional and left empty. Default true.
     */
    personalEmail?: boolean
  } = {},
) {
  const system = options.system ?? 'sandbox-eproc'
  await openSection(page, 'Credenciais 2FA')
  await page.getByRole('button', { name: 'Nova credencial 2FA' }).first().click()
  await expect(page.getByRole('heading', { name: 'Nova credencial 2FA', level: 2 })).toBeVisible()
  await page.getByRole('combobox', { name: 'Tribunal e sistema' }).fill('sandbox')
  // Every flow of the sandbox is a system of its own; the lawyer picks the one by its name.
  await expect(page.locator('[role="option"][data-system-id^="sandbox-"]')).toHaveCount(
    Object.keys(SANDBOX_SYSTEMS).length,
  )
  const option = page.locator(`[role="option"][data-system-id="${system}"]`)
  await expect(option).toContainText(SANDBOX_SYSTEMS[system])
  await option.click()
  await expect(page.locator(`.a2f-court-details[data-system-id="${system}"]`)).toBeVisible()
  await options.atCourtStep?.(page)
  if (shots?.court) await shotOf(page, shots.court)
  await next(page)

  await expect(page.locator('.a2f-enrollment-heading')).toContainText('Dados da credencial')
  await page.getByLabel('Login no tribunal').fill(user.login)
  await page.getByLabel(/Senha do tribunal/).fill(user.password)
  await page.getByLabel(/Advogado\(a\) responsável/).fill(user.name)
  const email = page.getByLabel('E-mail pessoal')
  if (options.personalEmail ?? true) await email.fill(user.email)
  else await expect(email).not.toHaveAttribute('required')
  if (shots?.credential) await shotOf(page, shots.credential)
  await next(page)
  await expect(page.locator('.a2f-enrollment-heading')).toContainText('Chave de autenticação')
}

/** The wizard's key field. */
export const keyField = (page: Page) => page.getByRole('textbox', { name: /Chave de autenticação/ })

/** "Avançar" (or "Concluir") of the wizard. */
export async function next(page: Page, name: 'Avançar' | 'Concluir' = 'Avançar') {
  await page.locator('.a2f-enrollment-actions').getByRole('button', { name, exact: true }).click()
}

/** After the code was accepted at the court: "Confirmei…", Avançar, the summary, Concluir. */
export async function confirmAndFinish(page: Page, summaryShot?: string) {
  await page.getByRole('checkbox', { name: 'Confirmei o código no site do tribunal' }).check()
  await next(page)
  await expect(page.locator('.a2f-enrollment-heading')).toContainText('Pronto! Confira e conclua o cadastro')
  await expect(page.locator('.a2f-enrollment-summary')).toContainText('Validada')
  if (summaryShot) await shotOf(page, summaryShot)
  await next(page, 'Concluir')
  await expect(page.getByRole('heading', { name: 'Credenciais 2FA', level: 2 })).toBeVisible()
}

/** "Exportar cópia de segurança" in the settings; returns the downloaded file's suggested name and path. */
export async function exportBackup(page: Page, passphrase: string, saveAs: string) {
  await openSection(page, 'Configurações')
  const form = page.getByRole('form', { name: 'Exportar cópia de segurança' })
  await form.getByLabel('Senha da cópia de segurança').fill(passphrase)
  await form.getByLabel('Confirme a senha da cópia').fill(passphrase)
  const downloading = page.waitForEvent('download', { timeout: 30_000 })
  await form.getByRole('button', { name: 'Exportar cópia de segurança' }).click()
  const download = await downloading
  await download.saveAs(saveAs)
  await expect(form.getByRole('status')).toContainText('Cópia de segurança exportada', { timeout: 20_000 })
  return { name: download.suggestedFilename(), path: saveAs }
}

/** "Importar cópia de segurança": the file and its passphrase. */
export async function importBackup(page: Page, file: string, passphrase: string) {
  await openSection(page, 'Configurações')
  const form = page.getByRole('form', { name: 'Importar cópia de segurança' })
  await form.getByLabel('Arquivo da cópia de segurança').setInputFiles(file)
  await form.getByLabel('Senha da cópia de segurança').fill(passphrase)
  await form.getByRole('button', { name: 'Importar' }).click()
  return form
}
