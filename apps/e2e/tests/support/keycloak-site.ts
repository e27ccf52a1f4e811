/**
 * The sandbox court's eproc behind its Keycloak realm (`sandbox-eproc-keycloak`) as the lawyer uses it,
 * by Keycloak's selectors: `/eproc-keycloak/` → the realm's login (`#username`, `#password`,
 * `#kc-login`); a user without an authenticator gets Keycloak's required action "Configurar
 * autenticador móvel" (`login-config-totp`: the QR code, the key `#kc-totp-secret-key`, `#totp`,
 * `#userLabel`, `#saveTOTPBtn`); then eproc's "Seleção de perfil" and the panel.
 *
 * @example
 * await openConfigureTotp(court, user)
 * await copyRealmKey(court)                     // the key on the clipboard, as selecting it and Ctrl+C would
 * await saveTotp(court, code, 'Gestão de autenticadores')
 */
import { expect, type Page } from '@playwright/test'
import { COURT } from './addresses.js'
import type { CourtUser } from './court-user.js'

/** The realm's one message box (page alert or field error), where a robot reads it too. */
export const realmMessage = (page: Page) => page.locator('.kc-feedback-text')

const realmKey = (page: Page) => page.locator('#kc-totp-secret-key')

/** eproc's entry: the browser is sent to the realm's authorization request, the login form. */
export async function openRealmLogin(page: Page) {
  await page.goto(COURT.keycloak)
  await expect(page).toHaveURL(/\/realms\/eproc\/protocol\/openid-connect\/auth\?/)
  await expect(page).toHaveTitle(/Entrar em eproc/)
  await expect(page.locator('#kc-form-login')).toBeVisible()
}

/** User and password at the realm, Entrar: a user without an authenticator must configure one. */
export async function openConfigureTotp(page: Page, user: CourtUser) {
  await openRealmLogin(page)
  await page.locator('#username').fill(user.login)
  await page.locator('#password').fill(user.password)
  await page.locator('#kc-login').click()
  await expect(page.getByRole('heading', { name: 'Configurar autenticador móvel' })).toBeVisible()
  await expect(page.locator('#kc-totp-secret-qr-code')).toBeVisible()
  await expect(realmKey(page)).toHaveText(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/)
  await expect(page.locator('#kc-attempted-username')).toHaveText(user.login)
}

/** The key as the realm shows it, in groups of 4. */
export async function realmKeyText(page: Page): Promise<string> {
  return ((await realmKey(page).textContent()) ?? '').trim()
}

/**
 * Keycloak has no copy button: the lawyer selects the key and presses Ctrl+C. The same here, with a
 * selection of exactly the key's text (a triple click would take the whole list item).
 */
export async function copyRealmKey(page: Page) {
  await realmKey(page).evaluate((element) => {
    const range = document.createRange()
    range.selectNodeContents(element)
    const selection = window.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range)
  })
  await page.keyboard.press('ControlOrMeta+C')
}

/** The code typed in `#totp`, a device name in `#userLabel`, then "Enviar" (`#saveTOTPBtn`). */
export async function saveTotp(page: Page, code: string, deviceName: string) {
  await page.locator('#totp').fill(code)
  await page.locator('#userLabel').fill(deviceName)
  await page.locator('#saveTOTPBtn').click()
}

/** eproc's "Seleção de perfil" after the realm: the lawyer's profile, then the panel. */
export async function chooseLawyerProfile(page: Page, user: CourtUser) {
  await expect(page).toHaveURL(/\/eproc-keycloak\/perfil$/)
  await expect(page.getByRole('heading', { name: 'Seleção de perfil' })).toBeVisible()
  const profile = `${user.login} / ADVOGADO`
  await page.locator(`button[data-descricao="${profile}"]`).click()
  await expect(page.locator('#pBoasVindas')).toHaveText(`Bem-vindo(a), ${user.name}.`)
  await expect(page.locator('#ddPerfil')).toHaveText(profile)
}
