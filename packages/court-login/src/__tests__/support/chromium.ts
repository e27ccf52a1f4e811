/**
 * The Chromium of every a2f browser test (scripts/system-chromium.mjs: CHROMIUM_PATH, else
 * /usr/bin/chromium, else the npm registry's), launched headless through playwright-core. A missing
 * one fails the tests with what to install; it never skips them.
 */
import { chromium, type Browser } from 'playwright-core'
import { resolveChromium } from '../../../../../scripts/system-chromium.mjs'

export async function launchChromium(): Promise<Browser> {
  const found = await resolveChromium('the @a2f/court-login tests')
  return chromium.launch({
    executablePath: found.executablePath,
    args: found.args,
    env: found.env,
    headless: true,
  })
}
