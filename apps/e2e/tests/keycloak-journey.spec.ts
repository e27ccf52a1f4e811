/**
 * The journey of issue 15 at eproc behind Keycloak (`sandbox-eproc-keycloak`, like TJRS's
 * keycloak-eks.tjrs.jus.br/realms/eproc), in order, on one credential:
 *
 * 1. A lawyer without an authenticator logs in at `/eproc-keycloak/` and the realm asks for one
 *    ("Configurar autenticador móvel"). Demo in another tab: the wizard, the sandbox's Keycloak door
 *    chosen (it says the classic form shares the authenticator), the key selected and copied at the court,
 *    pasted in the wizard; the wizard's code typed back at the realm (`#totp`, `#userLabel`,
 *    `#saveTOTPBtn`); "Seleção de perfil", the panel; confirmed in the wizard, validated in the grid.
 * 2. The demo's encrypted backup, imported by the robot's CLI; `login --system sandbox-eproc-keycloak`
 *    logs in through the realm (password, code, profile) by the registry's `login` description: exit 0,
 *    and nothing secret in its output.
 *
 * Screenshots 60–69 (journey 1) and 70–79 (journey 2).
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { COURT, DEMO_URL } from './support/addresses.js'
import { newCourtUser, type CourtUser } from './support/court-user.js'
import {
  confirmAndFinish,
  createVault,
  exportBackup,
  gridCode,
  gridRow,
  keyField,
  next,
  startEnrolment,
  wizardCode,
} from './support/demo-app.js'
import {
  chooseLawyerProfile,
  copyRealmKey,
  openConfigureTotp,
  realmKeyText,
  realmMessage,
  saveTotp,
} from './support/keycloak-site.js'
import { runRobot } from './support/robot-cli.js'
import { screenshotPath, shot } from './support/screenshots.js'
import { freshCode } from './support/totp-window.js'

test.describe.configure({ mode: 'serial' })

const SYSTEM = 'sandbox-eproc-keycloak'
const VAULT_PASSPHRASE = 'cofre-do-keycloak-2026'
const BACKUP_PASSPHRASE = 'copia-do-keycloak-2026'

let context: BrowserContext
let demo: Page
let user: CourtUser
let key: string
let workDir: string

test.beforeAll(async ({ browser }) => {
  workDir = mkdtempSync(join(tmpdir(), 'a2f-e2e-keycloak-'))
  context = await browser.newContext()
  // Ctrl+C at the court and Ctrl+V in the demo go through the clipboard.
  for (const origin of [COURT.origin, DEMO_URL.slice(0, -1)])
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
  demo = await context.newPage()
})

test.afterAll(async () => {
  await context?.close()
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

test('1 · a lawyer enrols at the Keycloak eproc through the demo', async () => {
  user = await newCourtUser('KC')
  await createVault(demo, VAULT_PASSPHRASE)

  // The court, in another tab: the realm's login, then its required action with the key.
  const court = await context.newPage()
  await openConfigureTotp(court, user)
  await expect(realmMessage(court)).toHaveText(
    'Você precisa configurar o autenticador móvel para ativar a sua conta.',
  )
  await shot(court, '60-keycloak-configurar-autenticador', { fullPage: true })
  key = await realmKeyText(court)

  // The wizard: the sandbox's Keycloak door, which shares its authenticator with the classic form.
  await demo.bringToFront()
  await startEnrolment(
    demo,
    user,
    { court: '61-assistente-tribunal-keycloak' },
    {
      system: SYSTEM,
      // Keycloak activates the key itself, with no e-mailed link: the wizard does not ask for an address.
      personalEmail: false,
      atCourtStep: async (page) => {
        const details = page.locator('.a2f-court-details')
        await expect(details).toContainText('login pelo Keycloak')
        await expect(details.locator('.a2f-court-details-fact[data-kind="shared-group"]')).toContainText(
          'Um mesmo autenticador serve',
        )
        await expect(details.locator('.a2f-court-details-link[data-kind="login"]')).toHaveAttribute(
          'href',
          COURT.keycloak,
        )
      },
    },
  )

  // The key selected and copied at the court (Keycloak has no copy button), pasted in the wizard.
  await court.bringToFront()
  await copyRealmKey(court)
  await demo.bringToFront()
  await keyField(demo).focus()
  await demo.keyboard.press('ControlOrMeta+V')
  await expect(keyField(demo)).toHaveValue(key)
  await expect(demo.getByText('Chave válida: 160 bits.')).toBeVisible()
  await shot(demo, '62-assistente-chave-do-keycloak', { fullPage: true })
  await next(demo)
  await expect(demo.locator('.a2f-enrollment-heading')).toContainText(
    'Digite este código no site do tribunal',
  )

  // The wizard's code, typed back at the realm with a device name; Keycloak then hands over to eproc.
  const code = await freshCode(() => wizardCode(demo))
  await shot(demo, '63-assistente-codigo-keycloak', { fullPage: true })
  await court.bringToFront()
  await saveTotp(court, code, 'Gestão de autenticadores')
  await expect(court.getByRole('heading', { name: 'Seleção de perfil' })).toBeVisible()
  await shot(court, '64-keycloak-selecao-de-perfil')
  await chooseLawyerProfile(court, user)
  // The panel no longer says that 2FA is not active: the realm's key is the account's.
  await expect(court.getByText('ainda não foi ativada')).toHaveCount(0)
  await shot(court, '65-keycloak-painel')
  await court.close()

  // Back in the wizard: confirmed, concluded; the grid shows it validated, with its live code.
  await demo.bringToFront()
  await confirmAndFinish(demo, '66-assistente-resumo-keycloak')
  const row = gridRow(demo, user.login)
  await expect(row).toContainText('SANDBOX')
  await expect(row).toContainText('Validada')
  await gridCode(demo, user.login)
  await shot(demo, '67-grade-credencial-keycloak')
})

test('2 · the robot logs in through the Keycloak realm with that credential', async () => {
  expect(key, 'journey 1 enrolled the key').toBeTruthy()
  const saved = await exportBackup(demo, BACKUP_PASSPHRASE, join(workDir, 'backup.json'))
  expect(readFileSync(saved.path, 'utf8')).not.toContain(user.login)

  const env = {
    A2F_ROBOT_PASSPHRASE: 'cofre-do-robo-keycloak-2026',
    A2F_BACKUP_PASSPHRASE: BACKUP_PASSPHRASE,
    A2F_ROBOT_DATA_DIR: join(workDir, 'robot-store'),
  }
  const imported = await runRobot(['import', saved.path], env)
  expect(imported.code, imported.stderr).toBe(0)
  expect(imported.stdout).toMatch(/1 credencial importada/)

  const listed = await runRobot(['list'], env)
  expect(listed.code, listed.stderr).toBe(0)
  expect(listed.stdout).toContain(user.login)
  expect(listed.stdout).toContain(SYSTEM)

  // No --url: the flow, its address and its selectors come from the registry's entry for the system.
  const login = await runRobot(
    [
      'login',
      '--account',
      user.login,
      '--system',
      SYSTEM,
      '--screenshot',
      screenshotPath('70-robo-painel-keycloak'),
    ],
    env,
  )
  const said = `${login.stdout}\n${login.stderr}`
  expect(login.code, said).toBe(0)
  expect(login.stdout).toContain(`Login efetuado: ${user.name}`)
  // The robot never prints the key, the password or a code.
  const output = login.stdout + login.stderr + imported.stdout + imported.stderr + listed.stdout
  expect(output).not.toContain(user.password)
  expect(output).not.toContain(key)
  expect(output).not.toContain(key.replace(/ /g, ''))
  expect(output).not.toMatch(/\b\d{6}\b/)
})
