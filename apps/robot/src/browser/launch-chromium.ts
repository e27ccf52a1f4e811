/**
 * Starts Chromium headless through playwright-core (`playwright install` is never used), found as every
 * a2f browser is (scripts/system-chromium.mjs): CHROMIUM_PATH, else /usr/bin/chromium, else the
 * Chromium the npm registry ships (`@sparticuz/chromium`, a dependency of the robot, unpacked into
 * ~/.cache/a2f at its first use: a few seconds, once). When none can be had, a RobotError in pt-BR says
 * what to install.
 *
 * ```ts
 * const browser = await launchChromium()
 * try { const page = await browser.newPage() } finally { await browser.close() }
 * ```
 */
import { accessSync, constants } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import {
  ChromiumNotFoundError,
  chromiumArgs,
  DEFAULT_SYSTEM_CHROMIUM,
  resolveChromium,
} from '../../../../scripts/system-chromium.mjs'
import { RobotError } from '../cli/robot-error.js'

export const DEFAULT_CHROMIUM_PATH = DEFAULT_SYSTEM_CHROMIUM

/** The executable tried first: CHROMIUM_PATH, else /usr/bin/chromium (before the registry's). */
export function chromiumExecutable(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const path = env.CHROMIUM_PATH?.trim()
  return path === undefined || path === '' ? DEFAULT_CHROMIUM_PATH : path
}

/** Throws, in pt-BR, when an executable given explicitly is missing or not executable. */
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
  if (options.executablePath !== undefined) {
    checkChromium(options.executablePath)
    return chromium.launch({ executablePath: options.executablePath, args: chromiumArgs, headless: true })
  }
  const found = await resolveChromium('the robot').catch((error: unknown) => {
    throw error instanceof ChromiumNotFoundError ? inPortuguese(error) : error
  })
  return chromium.launch({
    executablePath: found.executablePath,
    args: found.args,
    env: found.env,
    headless: true,
  })
}

function inPortuguese(error: ChromiumNotFoundError): RobotError {
  if (error.code === 'CHROMIUM_PATH_INVALID')
    return new RobotError(
      `CHROMIUM_PATH indica ${error.details.path}, que não é um executável. Corrija a variável, ou ` +
        `remova-a para usar ${DEFAULT_CHROMIUM_PATH} ou o Chromium do registro npm.`,
    )
  const why = {
    platform: `é feito só para Linux x64 (esta máquina: ${process.platform}-${process.arch})`,
    'not-installed': 'não está instalado (rode corepack pnpm install)',
    'unpack-failed': 'não pôde ser descompactado no cache',
  }[error.details.registryReason ?? 'not-installed']
  return new RobotError(
    `Chromium não encontrado: ${error.details.path} não existe e o Chromium do registro npm ` +
      `(@sparticuz/chromium) ${why}. Instale o Chromium (apt-get install -y chromium) ou indique o ` +
      'executável na variável CHROMIUM_PATH.',
  )
}
