/**
 * The Chromium every browser test and benchmark of a2f launches: the system one (`playwright install` is
 * never used), at CHROMIUM_PATH or /usr/bin/chromium, with flags for headless containers.
 * Shared by the Vitest browser projects (storage, storybook) and the benchmarks.
 */
import { accessSync, constants } from 'node:fs'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const chromiumArgs = [
  '--headless',
  '--no-sandbox', // CI containers run as root, where Chromium's sandbox cannot start
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Throws, saying what is missing and how to get it, when the Chromium to launch is not there. Never skips. */
export function checkChromium(what = 'The browser tests') {
  try {
    accessSync(chromiumPath, constants.X_OK)
  } catch {
    throw new Error(
      `Chromium not found at ${chromiumPath} (or not executable): apt-get install -y chromium, ` +
        `or set CHROMIUM_PATH to a Chromium or Chrome executable. ${what} need it.`,
    )
  }
}

/**
 * Wraps Vitest's Playwright provider so the executable is checked when a browser project starts its
 * browser, not when the config loads: running only the Node projects must not need Chromium.
 * @param {typeof import('@vitest/browser-playwright').playwright} playwright
 * @param {string} what
 */
export function systemChromium(playwright, what) {
  const provider = playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } })
  return {
    ...provider,
    providerFactory(project) {
      checkChromium(what)
      return provider.providerFactory(project)
    },
  }
}
