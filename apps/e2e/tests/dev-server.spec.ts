/**
 * The README's run command, `corepack pnpm dev`, tested: the demo on Vite's dev server (React's
 * development build, `<StrictMode>` mounting twice) with the sandbox court. Under `pnpm dev` the live code
 * once never showed — "Carregando código…" in the wizard and "Gerando código…" in the grid for good —
 * while the production build showed it at once (issue 13, item 1). One short journey: the court's key in
 * the wizard, the wizard's code accepted by the court, the credential's code in the grid; each code must
 * show within about a second of its step or page.
 *
 * Runs as the `dev` project of playwright.config.ts; the other journeys run on the production build.
 */
import { expect, test, type Locator } from '@playwright/test'
import {
  courtMessage,
  courtKey,
  openInstructions,
  openKeyPage,
  sendEnrolmentCode,
} from './support/court-site.js'
import { newCourtUser } from './support/court-user.js'
import { startDevDemo, type DevDemo } from './support/dev-demo.js'
import {
  confirmAndFinish,
  createVault,
  gridCode,
  gridRow,
  keyField,
  next,
  startEnrolment,
  wizardCode,
} from './support/demo-app.js'
import { freshCode } from './support/totp-window.js'

/**
 * How long a live code may take to show once its step or page is there. The store answers in
 * milliseconds (one AES-GCM open and an HMAC); the rest is slack for a loaded two-core machine running
 * every package's tests at once. The bug it guards against never showed the code at all.
 */
const LIVE_CODE_MS = 2_000

let demo: DevDemo

test.beforeAll(async () => {
  demo = await startDevDemo()
})

test.afterAll(async () => {
  await demo?.close()
})

/** Waits for `value` to show a 3+3 code, and returns how long that took (ms). */
async function timeToCode(value: Locator): Promise<number> {
  const started = Date.now()
  await expect(value).toHaveText(/^\d{3} \d{3}$/, { timeout: LIVE_CODE_MS })
  return Date.now() - started
}

test('pnpm dev · the wizard and the grid show the live code at once', async ({ page, context }) => {
  const errors: string[] = []
  const logged: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => logged.push(message.text()))
  const user = await newCourtUser('DEV')

  // The first visit compiles the app: Vite's dev server, not a build.
  await createVault(page, 'cofre-do-servidor-de-desenvolvimento', demo.url)
  // React's development build, the one where StrictMode mounts twice (its production build never says this).
  expect(logged.some((text) => text.includes('Download the React DevTools'))).toBe(true)

  const court = await context.newPage()
  await openInstructions(court, user)
  await openKeyPage(court)
  const key = await courtKey(court)

  await page.bringToFront()
  await startEnrolment(page, user)
  await keyField(page).fill(key)
  await expect(page.getByText('Chave válida: 160 bits.')).toBeVisible()
  await next(page)
  await expect(page.locator('.a2f-enrollment-heading')).toContainText(
    'Digite este código no site do tribunal',
  )
  const wizardMs = await timeToCode(page.locator('.a2f-enrollment-code .a2f-countdown-digits'))
  test.info().annotations.push({ type: 'wizard code shown after (ms)', description: String(wizardMs) })

  // The code is the right one: the court (which checks codes with the otpauth library) accepts it.
  const code = await freshCode(() => wizardCode(page))
  await court.bringToFront()
  await sendEnrolmentCode(court, code, user.email)
  await expect(courtMessage(court)).toContainText(`Foi enviado um link de ativação para ${user.email}.`)
  await court.close()

  // Concluded: the grid lists the credential, with its live code in the Código column.
  await page.bringToFront()
  await confirmAndFinish(page)
  await expect(gridRow(page, user.login)).toBeVisible()
  const gridMs = await timeToCode(gridRow(page, user.login).locator('.a2f-grid-code-value'))
  test.info().annotations.push({ type: 'grid code shown after (ms)', description: String(gridMs) })
  console.log(`pnpm dev: the wizard showed its code after ${wizardMs} ms, the grid after ${gridMs} ms`)
  expect(await gridCode(page, user.login)).toMatch(/^\d{6}$/)
  expect(errors).toEqual([])
})
