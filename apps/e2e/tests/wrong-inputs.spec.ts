/**
 * Journey 3 of issue 5: wrong inputs, each with the right message, and nothing lost.
 *
 * - The key typed with a wrong character: the wizard names the character and its position; the text
 *   stays in the field to be fixed.
 * - A screenshot of the court's QR code uploaded instead of typing: the same key is read (the wizard's
 *   phone panel shows it, grouped as the court does), and the court accepts its code.
 * - An institutional e-mail at the court: refused, on the same page with the same key and the e-mail kept.
 * - A reused code at the court's login: "já foi utilizado", not counted as a wrong attempt.
 * - A wrong vault passphrase: refused, and the credential is still there with the right one.
 */
import { expect, test } from '@playwright/test'
import {
  confirmActivation,
  courtKey,
  courtMessage,
  loginToCodePage,
  openActivationMail,
  openInstructions,
  openKeyPage,
  sendEnrolmentCode,
  submitAccessCode,
} from './support/court-site.js'
import { newCourtUser } from './support/court-user.js'
import {
  confirmAndFinish,
  createVault,
  gridCode,
  gridRow,
  keyField,
  next,
  startEnrolment,
  submitUnlock,
  unlockVault,
  wizardCode,
} from './support/demo-app.js'
import { shot } from './support/screenshots.js'
import { freshCode } from './support/totp-window.js'

const VAULT_PASSPHRASE = 'cofre-da-jornada-3'

/** The key with one character replaced by '1' (never in a base32 key): position `index` (0-based). */
function withWrongCharacter(key: string, index: number): string {
  return `${key.slice(0, index)}1${key.slice(index + 1)}`
}

test('3 · wrong inputs: each shows the right message and loses nothing', async ({ browser }) => {
  const user = await newCourtUser('J3')
  const context = await browser.newContext()
  try {
    const demo = await context.newPage()
    const court = await context.newPage()
    await createVault(demo, VAULT_PASSPHRASE)

    // The court's key page, and a screenshot of its QR code only.
    await openInstructions(court, user)
    await openKeyPage(court)
    const key = await courtKey(court)
    const qrImage = await shot(court.locator('#divQrCode2fa'), '30-qr-code-do-tribunal')

    // The key typed with a wrong character: the wizard points at it.
    await demo.bringToFront()
    await startEnrolment(demo, user)
    const typo = withWrongCharacter(key, 11) // the 12th character, inside the third group
    await keyField(demo).fill(typo)
    await keyField(demo).blur()
    const problem = demo.locator('.a2f-secret-input-message')
    await expect(problem).toContainText('Caractere inválido «1» na posição 12.')
    await expect(keyField(demo)).toHaveAttribute('aria-invalid', 'true')
    await expect(keyField(demo)).toHaveValue(typo) // nothing lost: the text is there to fix
    await shot(demo, '31-chave-com-caractere-errado', { fullPage: true })
    await next(demo)
    await expect(demo.locator('.a2f-enrollment-heading')).toContainText('Chave de autenticação') // not moved on

    // Instead of typing: the QR screenshot uploaded. The same key is read.
    await keyField(demo).fill('')
    await demo.locator('.a2f-secret-input-file').setInputFiles(qrImage)
    await expect(demo.getByText('Chave lida do QR code.')).toBeVisible({ timeout: 20_000 })
    await expect(demo.getByText('Chave válida: 160 bits.')).toBeVisible()
    await shot(demo, '32-chave-lida-do-qr-code', { fullPage: true })
    await next(demo)
    await expect(demo.locator('.a2f-enrollment-heading')).toContainText(
      'Digite este código no site do tribunal',
    )
    await demo.getByRole('button', { name: 'Adicionar também ao celular' }).click()
    await expect(demo.locator('.a2f-secret-qr-key')).toHaveText(key)
    await shot(demo, '33-mesma-chave-do-tribunal', { fullPage: true })

    // An institutional e-mail at the court: refused; same page, same key, e-mail kept.
    const institutional = `${user.login.toLowerCase()}@trf4.jus.br`
    await court.bringToFront()
    await sendEnrolmentCode(court, await freshCode(() => wizardCode(demo)), institutional)
    await expect(courtMessage(court)).toHaveText(
      'E-mail não aceito: não são aceitos sufixos institucionais, como "jus.br" e "gov.br".',
    )
    await expect(court.locator('#spnChave2fa')).toHaveText(key)
    await expect(court.locator('#txtEmailPessoal')).toHaveValue(institutional)
    await shot(court, '34-tribunal-email-institucional', { fullPage: true })

    // With a personal e-mail the code of the QR-read key is accepted: the same key as the court's.
    const enrolmentCode = await freshCode(() => wizardCode(demo))
    await sendEnrolmentCode(court, enrolmentCode, user.email)
    await expect(courtMessage(court)).toContainText(`Foi enviado um link de ativação para ${user.email}.`)
    await openActivationMail(court, user.email)
    await confirmActivation(court)
    await demo.bringToFront()
    await confirmAndFinish(demo)
    await expect(gridRow(demo, user.login)).toContainText('Validada')

    // A reused code at the court's login: the code that activated the authenticator, typed again.
    await court.bringToFront()
    await loginToCodePage(court, user)
    await submitAccessCode(court, enrolmentCode)
    await expect(courtMessage(court)).toHaveText(
      'O código informado já foi utilizado. Aguarde o próximo código gerado pelo aplicativo.',
    )
    await shot(court, '35-tribunal-codigo-ja-utilizado')
    // Not counted as a wrong attempt, nothing lost: the next code from the grid logs in.
    const nextCode = await freshCode(() => gridCode(demo, user.login), { after: enrolmentCode })
    await submitAccessCode(court, nextCode)
    await expect(court.getByRole('heading', { name: 'Painel do advogado' })).toBeVisible()
    await expect(court.getByText(`Bem-vindo(a), ${user.name}.`)).toBeVisible()
    await shot(court, '36-tribunal-painel-com-o-codigo-seguinte')

    // A wrong vault passphrase: refused; with the right one, the credential is still there.
    await demo.bringToFront()
    await demo.getByRole('button', { name: 'Bloquear', exact: true }).click()
    await submitUnlock(demo, 'senha-errada-do-cofre')
    await expect(demo.getByRole('alert')).toHaveText(
      'Senha incorreta. O cofre continua fechado e nada foi alterado. Confira a senha e tente de novo.',
      { timeout: 20_000 },
    )
    await expect(demo.getByLabel('Senha do cofre', { exact: true })).toHaveValue('')
    await shot(demo, '37-cofre-senha-errada')
    await unlockVault(demo, VAULT_PASSPHRASE)
    await expect(gridRow(demo, user.login)).toContainText('Validada')
    await shot(demo, '38-cofre-aberto-nada-perdido')
  } finally {
    await context.close()
  }
})
