/**
 * The Chromium every browser test, benchmark and robot of a2f launches (`playwright install` is never
 * used), chosen in this order:
 *
 * 1. `CHROMIUM_PATH`, when set: that executable and no other. A wrong path is an error, never a silent
 *    fallback: whoever set it meant that browser.
 * 2. The system's: `/usr/bin/chromium` (Debian's and Ubuntu's package; `A2F_SYSTEM_CHROMIUM` names
 *    another path, and pointing it at a missing file is how the tests of the fallback hide it).
 * 3. The one from the npm registry (scripts/registry-chromium.mjs: `@sparticuz/chromium`, unpacked once
 *    into ~/.cache/a2f), so `pnpm install && pnpm test` needs nothing else on Linux x64.
 *
 * Without any of them, one line says what to install. Shared by the Vitest browser projects (storage,
 * storybook), the benchmarks, the end-to-end tests and the robot.
 *
 * ```js
 * const { executablePath, args, env } = await resolveChromium('the @a2f/react benchmark')
 * const browser = await chromium.launch({ executablePath, args, env })
 * ```
 */
import { accessSync, constants, statSync } from 'node:fs'
import { REGISTRY_CHROMIUM_PACKAGE, registryChromium } from './registry-chromium.mjs'

export const DEFAULT_SYSTEM_CHROMIUM = '/usr/bin/chromium'

export const chromiumArgs = [
  '--headless',
  '--no-sandbox', // CI containers run as root, where Chromium's sandbox cannot start
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A Chromium that cannot be had; `code` says which case, for callers that translate the message. */
export class ChromiumNotFoundError extends Error {
  /**
   * @param {'CHROMIUM_PATH_INVALID' | 'CHROMIUM_UNAVAILABLE'} code
   * @param {{ path: string, registry?: string, registryReason?: string }} details
   * @param {string} message
   */
  constructor(code, details, message) {
    super(message)
    this.name = 'ChromiumNotFoundError'
    this.code = code
    this.details = details
  }
}

/** Resolutions in progress or done, by the variables they depend on (tests change them). */
const resolutions = new Map()

/**
 * The Chromium to launch, with the flags and environment to launch it with. Resolved once per process
 * and set of variables (the registry copy is unpacked at its first use, a few seconds, then found in the
 * cache).
 * @param {string} what what needs Chromium, for the error message ("the Storybook story tests")
 */
export function resolveChromium(what = 'the browser tests', env = process.env) {
  const key = ['CHROMIUM_PATH', 'A2F_SYSTEM_CHROMIUM', 'A2F_CACHE_DIR', 'XDG_CACHE_HOME', 'HOME']
    .map((name) => env[name] ?? '')
    .join('\0')
  let resolution = resolutions.get(key)
  if (resolution === undefined) {
    resolution = find(what, env)
    resolutions.set(key, resolution)
    // A failure is not kept: the next caller (another project) names itself in the message.
    resolution.catch(() => resolutions.delete(key))
  }
  return resolution
}

async function find(what, env) {
  const explicit = env.CHROMIUM_PATH?.trim()
  if (explicit) {
    if (executable(explicit))
      return { executablePath: explicit, args: chromiumArgs, env, origin: 'CHROMIUM_PATH' }
    throw new ChromiumNotFoundError(
      'CHROMIUM_PATH_INVALID',
      { path: explicit },
      `CHROMIUM_PATH is ${explicit}, which is not an executable file: point it at a Chromium or Chrome ` +
        `executable, or unset it to use ${DEFAULT_SYSTEM_CHROMIUM} or the Chromium from the npm registry. ` +
        `Chromium is needed for ${what}.`,
    )
  }
  const system = env.A2F_SYSTEM_CHROMIUM?.trim() || DEFAULT_SYSTEM_CHROMIUM
  if (executable(system)) return { executablePath: system, args: chromiumArgs, env, origin: 'system' }
  const registry = await registryChromium(env)
  if ('unavailable' in registry)
    throw new ChromiumNotFoundError(
      'CHROMIUM_UNAVAILABLE',
      { path: system, registry: registry.unavailable, registryReason: registry.reason },
      `No Chromium for ${what}: ${system} is missing and the Chromium from the npm registry ` +
        `(${REGISTRY_CHROMIUM_PACKAGE}) ${registry.unavailable}. Install Chromium (Debian, Ubuntu: ` +
        'apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    )
  return {
    executablePath: registry.executablePath,
    args: chromiumArgs,
    env: { ...env, ...registry.env },
    origin: 'registry',
    registryVersion: registry.version,
    unpackedMs: registry.unpackedMs,
  }
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * Wraps Vitest's Playwright provider so Chromium is resolved (and, the first time, unpacked) when a
 * browser project opens its first page, not when the config loads: running only the Node projects must
 * not need Chromium. The options object handed to the provider is ours, and Playwright's provider reads
 * its `launchOptions` when it launches, so filling them in before the first page is enough.
 * @param {typeof import('@vitest/browser-playwright').playwright} playwright
 * @param {string} what
 */
export function chromiumProvider(playwright, what) {
  const options = { launchOptions: { args: chromiumArgs } }
  const provider = playwright(options)
  return {
    ...provider,
    providerFactory(project) {
      const instance = provider.providerFactory(project)
      const openPage = instance.openPage.bind(instance)
      instance.openPage = async (...args) => {
        const chromium = await resolveChromium(what)
        Object.assign(options.launchOptions, {
          executablePath: chromium.executablePath,
          args: chromium.args,
          env: chromium.env,
        })
        return openPage(...args)
      }
      return instance
    },
  }
}
