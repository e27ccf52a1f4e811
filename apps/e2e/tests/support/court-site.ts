/**
 * The sandbox court (eproc) as the lawyer uses it, by the contract's selectors: the login form, the
 * two-factor enrolment (instructions, key page with the QR code and the key in groups of 4, code and
 * personal e-mail), the local mailbox with the activation link, and the login with a code.
 *
 * @example
 * await openKeyPage(court, user)
 * const key = await courtKey(court)            // 'MMZD IMRU …' (8 groups of 4)
 */
import { expect, type Page } from '@playwright/test'
import { COURT } from './addresses.js'
import type { CourtUser } from './court-user.js'

export const courtMessage = (page: Page) => page.locator('#divMensagem')

async function fillLogin(page: Page, user: CourtUser) {
  await page.goto(COURT.login)
  await page.locator('#txtUsuario').fill(user.login)
  await page.locator('#pwdSenha').fill(user.password)
}

/** User and password, then "Autenticação em dois fatores" instead of Entrar: the instructions page. */
export async function openInstructions(page: Page, user: CourtUser) {
  await fillLogin(page, user)
  await page.locator('#btnAutenticacao2Fatores').click()
  await expect(
    page.getByText('A autenticação em 2 fatores é um recurso para adicionar maior segurança'),
  ).toBeVisible()
}

/** "Prosseguir": the key page with the QR code and the key. */
export async function openKeyPage(page: Page) {
  await page.locator('#btnProsseguir').click()
  await expect(page.locator('#divQrCode2fa')).toBeVisible()
  await expect(page.locator('#spnChave2fa')).toHaveText(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/)
}

/** The key as the court shows it, in groups of 4. */
export async function courtKey(page: Page): Promise<string> {
  return ((await page.locator('#spnChave2fa').textContent()) ?? '').trim()
}

/** The code and the personal e-mail on the key page, then "Enviar". */
export async function sendEnrolmentCode(page: Page, code: string, email: string) {
  await page.locator('#txtCodigo2fa').fill(code)
  await page.locator('#txtEmailPessoal').fill(email)
  await page.locator('#btnEnviar').click()
}

/** The newest message to `email` in the local mailbox, opened. */
export async function openActivationMail(page: Page, email: string) {
  await page.goto(COURT.mailbox)
  const row = page.locator('#tblMensagens tbody tr').filter({ hasText: email }).first()
  await row.getByRole('link', { name: 'Ativação da autenticação em 2 fatores' }).click()
  await expect(page.locator('#lnkAtivacao2fa')).toBeVisible()
}

/** The activation link, "Confirmar", and the court's confirmation. */
export async function confirmActivation(page: Page, shots?: { confirm?: string }) {
  await page.locator('#lnkAtivacao2fa').click()
  await expect(page.getByText('Confirma a ativação da autenticação em 2 fatores?')).toBeVisible()
  if (shots?.confirm) await page.screenshot({ path: shots.confirm })
  await page.locator('#btnConfirmarAtivacao').click()
  await expect(courtMessage(page)).toHaveText('A autenticação em 2 fatores foi ativada.')
}

/** Login with 2FA active: user and password, Entrar, then the code page. */
export async function loginToCodePage(page: Page, user: CourtUser) {
  await fillLogin(page, user)
  await page.locator('#sbmEntrar').click()
  await expect(page.locator('#txtAcessoCodigo')).toBeVisible()
}

export async function submitAccessCode(page: Page, code: string) {
  await page.locator('#txtAcessoCodigo').fill(code)
  await page.locator('#btnValidar').click()
}
