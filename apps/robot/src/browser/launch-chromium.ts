/**
 * Starts the system Chromium headless through playwright-core (`playwright install` is never used):
 * CHROMIUM_PATH, else /usr/bin/chromium, with the monorepo's flags for containers
 * (scripts/system-chromium.mjs). A missing executable is an error that names it and CHROMIUM_PATH.
 *
 * ```ts
 * const browser = await launchChromium()
 * try { const page = await browser.newPage() } finally { await browser.close() }
 * ```
 */
import { accessSync, constants } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { chromiumArgs } from '../../../../scripts/system-chromium.mjs'
import { RobotError } from '../cli/robot-error.js'

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium'

export function chromiumExecutable(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const path = env.CHROMIUM_PATH?.trim()
  return path === undefined || path === '' ? DEFAULT_CHROMIUM_PATH : path
}

/** Throws, in pt-BR, when the executable is missing or not executable. */
export function checkChromium(executablePath: string): void {
  try {
    accessSync(executablePath, constants.X_OK)
  } catch {
    throw new RobotError(
      `Chromium não encontrado em ${executablePath} (ou sem permissão de execução). ` +
        'Instale-o (apt-get install -y chromium) ou indique o executável na variável CHROMIUM_PATH.',
    )
  }
}

export async function launchChromium(options: { executablePath?: string } = {}): Promise<Browser> {
  const executablePath = options.executablePath ?? chromiumExecutable()
  checkChromium(executablePath)
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true })
}
