/**
 * Journeys 1, 2 and 4 of issue 5, in order, on one credential:
 *
 * 1. A new user enrols at the sandbox court through the demo: the court's key pasted in the wizard, the
 *    wizard's code typed at the court with a personal e-mail, the activation link followed in the local
 *    mailbox, the credential validated in the grid — and still there after a reload and unlock.
 * 2. The robot logs into the court with that credential, imported from the demo's encrypted backup.
 * 4. The same backup imported into a browser with no storage at all: the codes are identical.
 *
 * The court verifies codes with the `otpauth` library, never with @a2f/core: every accepted code proves
 * the two implementations agree.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { COURT, DEMO_URL } from './support/addresses.js'
import {
  confirmActivation,
  courtKey,
  courtMessage,
  openActivationMail,
  openInstructions,
  openKeyPage,
  sendEnrolmentCode,
} from './support/court-site.js'
import { newCourtUser, type CourtUser } from './support/court-user.js'
import {
  authenticatorCode,
  confirmAndFinish,
  createVault,
  exportBackup,
  gridCode,
  gridRow,
  importBackup,
  keyField,
  next,
  openSection,
  startEnrolment,
  unlockVault,
  wizardCode,
} from './support/demo-app.js'
import { runRobot } from './support/robot-cli.js'
import { screenshotPath, shot } from './support/screenshots.js'
import { freshCode, withinOneWindow } from './support/totp-window.js'

test.describe.configure({ mode: 'serial' })

const VAULT_PASSPHRASE = 'cofre-do-escritorio-2026'
const BACKUP_PASSPHRASE = 'copia-de-seguranca-2026'

/** One browser profile for journeys 1 and 2: the demo's IndexedDB lives as long as this context. */
let context: BrowserContext
let demo: Page
let user: CourtUser
let backupFile: string
let workDir: string

async function newContext(browser: Browser) {
  const created = await browser.newContext()
  // The court copies its key with the clipboard API; the demo reads nothing from it by itself.
  await created.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: COURT.origin })
  await created.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: DEMO_URL.slice(0, -1) })
  return created
}

test.beforeAll(async ({ browser }) => {
  workDir = mkdtempSync(join(tmpdir(), 'a2f-e2e-'))
  context = await newContext(browser)
  demo = await context.newPage()
})

test.afterAll(async () => {
  await context?.close()
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

test('1 · a new user enrols at the sandbox court through the demo', async () => {
  user = await newCourtUser('J1')

  // The demo's first run: the vault.
  await createVault(demo, VAULT_PASSPHRASE)
  await shot(demo, '01-demo-cofre-criado')

  // The court, in another tab: user and password, "Autenticação em dois fatores", Prosseguir.
  const court = await context.newPage()
  await openInstructions(court, user)
  await shot(court, '02-tribunal-instrucoes')
  await openKeyPage(court)
  await shot(court, '03-tribunal-qr-e-chave', { fullPage: true })
  const key = await courtKey(court)

  // The wizard: the sandbox court, the credential, then the key copied at the court and pasted here.
  await demo.bringToFront()
  await startEnrolment(demo, user, {
    court: '04-assistente-tribunal',
    credential: '05-assistente-credencial',
  })
  await court.bringToFront()
  await court.locator('#spnChave2fa').click()
  await expect(court.locator('#spnChaveCopiada')).toHaveText('Chave copiada.')
  await demo.bringToFront()
  await keyField(demo).focus()
  await demo.keyboard.press('ControlOrMeta+V')
  await expect(keyField(demo)).toHaveValue(key)
  await expect(demo.getByText('Chave válida: 160 bits.')).toBeVisible()
  await shot(demo, '06-assistente-chave-colada', { fullPage: true })
  await next(demo)
  await expect(demo.locator('.a2f-enrollment-heading')).toContainText(
    'Digite este código no site do tribunal',
  )

  // The wizard's code, typed at the court with the personal e-mail (never in the last seconds of its window).
  const code = await freshCode(() => wizardCode(demo))
  await shot(demo, '07-assistente-codigo', { fullPage: true })
  await court.bringToFront()
  await sendEnrolmentCode(court, code, user.email)
  await expect(courtMessage(court)).toHaveText(
    `Foi enviado um link de ativação para ${user.email}. Acesse o link para confirmar a ativação da autenticação em 2 fatores.`,
  )
  await shot(court, '08-tribunal-link-enviado')

  // The activation link in the sandbox's mailbox, then "Confirmar".
  await openActivationMail(court, user.email)
  await shot(court, '09-caixa-postal-mensagem')
  await confirmActivation(court, { confirm: screenshotPath('10-tribunal-confirma-ativacao') })
  await shot(court, '11-tribunal-2fa-ativado')

  // Back in the wizard: confirmed, concluded; the grid shows it validated, with its live code.
  await demo.bringToFront()
  await confirmAndFinish(demo, '12-assistente-resumo')
  const row = gridRow(demo, user.login)
  await expect(row).toContainText('SANDBOX')
  await expect(row).toContainText('Validada')
  await expect(demo.getByRole('status').filter({ hasText: 'Credencial 2FA cadastrada' })).toContainText(
    user.login,
  )
  await gridCode(demo, user.login)
  await shot(demo, '13-grade-credencial-validada')

  // A reload: the vault asks for the passphrase again, and the credential is still there.
  await demo.reload()
  await expect(demo.getByRole('heading', { name: 'Desbloqueie o cofre' })).toBeVisible()
  await shot(demo, '14-recarregado-cofre-fechado')
  await unlockVault(demo, VAULT_PASSPHRASE)
  await expect(gridRow(demo, user.login)).toContainText('Validada')
  await gridCode(demo, user.login)
  await shot(demo, '15-recarregado-credencial-mantida')
  await court.close()
})

test('2 · the robot logs into the court with that credential', async () => {
  // The demo's encrypted backup, downloaded from the settings.
  const saved = await exportBackup(demo, BACKUP_PASSPHRASE, join(workDir, 'backup.json'))
  expect(saved.name).toMatch(/^a2f-backup-\d{4}-\d{2}-\d{2}\.json$/)
  backupFile = saved.path
  const text = readFileSync(backupFile, 'utf8')
  expect(text).not.toContain(user.login) // encrypted: not even the login is readable
  await shot(demo, '20-configuracoes-copia-exportada', { fullPage: true })

  const env = {
    A2F_ROBOT_PASSPHRASE: 'cofre-do-robo-2026',
    A2F_BACKUP_PASSPHRASE: BACKUP_PASSPHRASE,
    A2F_ROBOT_DATA_DIR: join(workDir, 'robot-store'),
  }
  const imported = await runRobot(['import', backupFile], env)
  expect(imported.code, imported.stderr).toBe(0)
  expect(imported.stdout).toMatch(/1 credencial importada/)

  const listed = await runRobot(['list'], env)
  expect(listed.code, listed.stderr).toBe(0)
  expect(listed.stdout).toContain(user.login)

  const login = await runRobot(
    [
      'login',
      '--account',
      user.login,
      '--url',
      COURT.login,
      '--screenshot',
      screenshotPath('21-robo-painel-do-tribunal'),
    ],
    env,
  )
  expect(login.code, `${login.stdout}\n${login.stderr}`).toBe(0)
  expect(login.stdout).toContain(`Login efetuado: ${user.name}`)
  // The robot never prints the key, the password or a code.
  const output = login.stdout + login.stderr + imported.stdout + listed.stdout
  expect(output).not.toContain(user.password)
  expect(output).not.toMatch(/\b\d{6}\b/)
})

test('4 · backup exported, storage wiped, backup imported: the same codes', async ({ browser }) => {
  expect(backupFile, 'journey 2 exported the backup').toBeTruthy()

  // A browser profile with nothing in it: no vault, no credential.
  const wiped = await newContext(browser)
  try {
    const restored = await wiped.newPage()
    await restored.goto(DEMO_URL)
    await expect(restored.getByRole('heading', { name: 'Crie a senha do cofre' })).toBeVisible()
    await shot(restored, '40-navegador-sem-dados')
    await createVault(restored, 'outro-cofre-2026')
    await expect(restored.getByText('Nenhuma credencial 2FA cadastrada')).toBeVisible()

    // A wrong backup passphrase imports nothing; the right one brings the credential.
    const form = await importBackup(restored, backupFile, 'senha-errada-123')
    await expect(form.getByRole('alert')).toHaveText(
      'Senha da cópia de segurança incorreta. Nada foi importado.',
      {
        timeout: 20_000,
      },
    )
    await shot(restored, '41-importar-senha-errada', { fullPage: true })
    await form.getByLabel('Senha da cópia de segurança').fill(BACKUP_PASSPHRASE)
    await form.getByRole('button', { name: 'Importar' }).click()
    await expect(form.getByRole('status')).toHaveText(
      'Importação concluída: 1 credencial importada, 0 ignoradas (já existiam).',
      { timeout: 20_000 },
    )
    await shot(restored, '42-copia-importada', { fullPage: true })

    // Both browsers side by side, read within one 30-second window: the same code.
    await openSection(restored, 'Credenciais 2FA')
    await expect(gridRow(restored, user.login)).toContainText('Validada')
    await openSection(demo, 'Meus autenticadores')
    const [original, copy] = await withinOneWindow(() =>
      Promise.all([authenticatorCode(demo, user.login), gridCode(restored, user.login)]),
    )
    expect(copy).toBe(original)
    await shot(restored, '43-codigo-igual-no-navegador-restaurado')
    await shot(demo, '44-codigo-no-navegador-original')
  } finally {
    await wiped.close()
  }
})
