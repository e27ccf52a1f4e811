/**
 * The built Next.js app in Chromium: the Server Component page shows a live 6-digit code (the store's
 * code for the example credential, TOTP of seed 001's key) and the wizard's first step.
 */
import { totp } from '@a2f/core'
import { expect, test } from '@playwright/test'
import { startNextServer, type NextServer } from './next-server'

let server: NextServer

/** The key app/example-provider.tsx stores (seed 001's public example). */
const EXAMPLE_KEY = 'MMZDIMRUGZRGCNRQGA2GMMRWMVQWIZBW'

test.beforeAll(async () => {
  server = await startNextServer()
})

test.afterAll(async () => {
  await server?.stop()
})

test('the server page renders the live code and the wizard from @a2f/react', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(server.url)

  const countdown = page.getByRole('group', { name: 'Código do TRF4' })
  await expect(countdown).toBeVisible()
  // The digits are shown in groups of three ("492 039"): the TOTP of the example key, now (or in the
  // window that just ended, when the page read the clock a moment before this test did).
  await expect
    .poll(async () => {
      const shown = ((await countdown.textContent()) ?? '').match(/\d{3}\s?\d{3}/)?.[0].replace(/\s/g, '')
      const now = Date.now()
      return (
        shown !== undefined && [now, now - 30_000].some((t) => totp(EXAMPLE_KEY, { timestamp: t }) === shown)
      )
    })
    .toBe(true)

  await expect(
    page.getByRole('heading', { name: 'Em qual tribunal você vai ativar a autenticação em dois fatores?' }),
  ).toBeVisible()
  expect(errors).toEqual([])
})
