/**
 * Every step leaves a picture: `screenshots/NN-<step>.png` in this package (rewritten by every run, so
 * not committed; `pnpm docs:screenshots` copies the ones the READMEs show to docs/screenshots). Numbers
 * follow the journeys: 01–19 journey 1, 20–29 journey 2, 30–39 journey 3, 40–49 journey 4, 50–59
 * settings, 60–79 journey 5 (the Keycloak eproc).
 *
 * @example
 * await shot(page, '04-tribunal-chave')
 * await shot(page.locator('#divQrCode2fa'), '33-qr-do-tribunal')
 */
import type { Locator, Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../screenshots/', import.meta.url))

export function screenshotPath(name: string): string {
  return `${SCREENSHOT_DIR}${name}.png`
}

/** A page (its viewport; `fullPage` for the whole length) or one element. Returns the file's path. */
export async function shot(target: Page | Locator, name: string, options: { fullPage?: boolean } = {}) {
  const path = screenshotPath(name)
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage ?? false })
  else await target.screenshot({ path })
  return path
}
