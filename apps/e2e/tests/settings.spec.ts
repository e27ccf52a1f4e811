/**
 * The demo's other screens against the real sandbox court: the court browser lists the sandbox (added to
 * the registry with `extend`) among the real courts, and the clock check reads the court's `Date` header
 * across origins (CORS) and shows the offset, which can be applied to the codes and removed.
 */
import { expect, test } from '@playwright/test'
import { createVault, openSection } from './support/demo-app.js'
import { shot } from './support/screenshots.js'

test('the court browser and the clock check against the sandbox court', async ({ page }) => {
  await createVault(page, 'cofre-das-configuracoes')

  await openSection(page, 'Tribunais')
  await page.getByLabel('Situação do 2FA').selectOption('mandatory')
  await page.getByLabel('Buscar tribunal').fill('sandbox')
  // Every flow of the sandbox court is a system of its own, and each demands the second factor.
  const rows = page.getByRole('table').locator('tbody tr')
  await expect(rows).toHaveCount(4)
  for (const row of await rows.all()) {
    await expect(row).toContainText('Tribunal Sandbox (local')
    await expect(row).toContainText('apps/sandbox-court')
  }
  await expect(page.locator('tbody tr[data-system-id="sandbox-eproc-keycloak"]')).toContainText(
    'login pelo Keycloak',
  )
  await page.getByLabel('Buscar tribunal').fill('')
  await expect(page.getByRole('status')).toHaveText(/^\d+ sistemas$/)
  await shot(page, '50-tribunais-obrigatorios')

  await openSection(page, 'Configurações')
  const clock = page.getByRole('form', { name: 'Conferir o relógio' })
  await clock.getByRole('button', { name: 'Conferir o relógio' }).click()
  // Court and browser run on this machine: the same clock. What is shown is off by up to the measurement's
  // precision (the Date header's whole seconds plus half the round trip), which the page judges "certo".
  await expect(clock.getByRole('status')).toContainText('O relógio deste computador está certo')
  await expect(clock.getByTestId('clock-offset')).toHaveText(/^[+−]\d+,\d s$/)
  await shot(page.getByRole('region', { name: 'Relógio' }), '51-relogio-conferido')
})
