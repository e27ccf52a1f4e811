/**
 * The Chromium that comes from the npm registry, for machines without one of their own: the headless
 * Chromium that `@sparticuz/chromium` ships brotli-compressed inside its package (no download step:
 * `pnpm install` brings it like any other file), unpacked once into a cache directory and reused.
 *
 * Why this package (measured on Debian 12, Node 20.20, 2 cores; see README.md, "Working on a2f"): it is
 * the only one on the registry that carries a real, current browser binary in the package itself
 * (`playwright-chromium`, `@playwright/browser-chromium`, `puppeteer` and `electron` download theirs in an
 * install script, which fails where only the registry is reachable; `chromium-binary` is Chromium 83).
 * It runs under playwright-core headless with IndexedDB, BroadcastChannel and WebCrypto on 127.0.0.1, and
 * with the shared libraries it ships (NSS, NSPR, expat) it needs nothing from the system but the C and
 * C++ runtimes. It is built for Linux x64 only. Version 143.0.4 is the newest whose `engines` accepts
 * Node 20.19 (147 and later ask for Node 22.17).
 *
 * We unpack it ourselves rather than call its `executablePath()`, which writes to a fixed /tmp/chromium
 * that parallel test processes would race on, and whose font configuration points at /tmp/fonts: here
 * each process unpacks into a directory of its own and renames it into place (the first one wins), and
 * the fonts configuration points at the cache.
 *
 * ```js
 * const found = await registryChromium() // { executablePath, env, version } or { unavailable: '…', reason }
 * ```
 */
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { homedir, tmpdir, userInfo } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createBrotliDecompress } from 'node:zlib'
import { unpackTarBrotli } from './unpack-tar.mjs'

export const REGISTRY_CHROMIUM_PACKAGE = '@sparticuz/chromium'

/**
 * @returns {Promise<{ executablePath: string, env: Record<string, string>, version: string, unpackedMs: number }
 *   | { unavailable: string, reason: 'platform' | 'not-installed' | 'unpack-failed' }>}
 */
export async function registryChromium(env = process.env) {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return {
      unavailable: `is built for Linux x64 only (this machine is ${process.platform}-${process.arch})`,
      reason: 'platform',
    }
  const root = packageRoot()
  if (root === undefined)
    return { unavailable: 'is not installed (run corepack pnpm install)', reason: 'not-installed' }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const directory = join(cacheRoot(env), `chromium-${version}`)
  let unpackedMs = 0
  if (!existsSync(join(directory, 'chromium'))) {
    const started = performance.now()
    try {
      await unpack(join(root, 'bin'), directory)
    } catch (error) {
      return {
        unavailable: `could not be unpacked into ${directory}: ${error?.message ?? error}`,
        reason: 'unpack-failed',
      }
    }
    unpackedMs = Math.round(performance.now() - started)
  }
  return {
    executablePath: join(directory, 'chromium'),
    env: {
      // The shared libraries the binary links against, so a machine without NSS or expat runs it too.
      LD_LIBRARY_PATH: [join(directory, 'lib'), env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      // Open Sans from the package plus whatever fonts the system has, so pages and screenshots get text.
      FONTCONFIG_FILE: join(directory, 'fonts.conf'),
    },
    version,
    unpackedMs,
  }
}

/** The installed package's directory, found from this file (the monorepo's root or the robot's). */
function packageRoot() {
  let entry
  try {
    entry = createRequire(import.meta.url).resolve(REGISTRY_CHROMIUM_PACKAGE)
  } catch {
    return undefined
  }
  // Its entry point's depth changed between versions: walk up to its package.json.
  for (let directory = dirname(entry); directory !== dirname(directory); directory = dirname(directory)) {
    const manifest = join(directory, 'package.json')
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === REGISTRY_CHROMIUM_PACKAGE)
      return directory
  }
  return undefined
}

/**
 * A2F_CACHE_DIR, else $XDG_CACHE_HOME/a2f, else ~/.cache/a2f (where Playwright and Puppeteer keep
 * theirs), else a directory of this user's in the temporary directory when HOME cannot be written.
 */
function cacheRoot(env) {
  const preferred =
    env.A2F_CACHE_DIR || join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'a2f')
  try {
    mkdirSync(preferred, { recursive: true })
    return preferred
  } catch {
    const fallback = join(tmpdir(), `a2f-cache-${userInfo().uid}`)
    mkdirSync(fallback, { recursive: true, mode: 0o700 })
    return fallback
  }
}

/** Unpacks into a directory of this process's, then renames it into place: parallel runs never see half. */
async function unpack(bin, directory) {
  removeAbandoned(directory)
  const staging = `${directory}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.partial`
  mkdirSync(staging, { recursive: true })
  try {
    // 62 MB → 190 MB: streamed, so the event loop (a Vitest or Playwright process) is not blocked.
    await pipeline(
      createReadStream(join(bin, 'chromium.br')),
      createBrotliDecompress(),
      createWriteStream(join(staging, 'chromium'), { mode: 0o755 }),
    )
    // al2023.tar holds lib/*.so (NSS, NSPR, expat); swiftshader.tar the GL libraries (libGLESv2.so,
    // libEGL.so, SwiftShader) that Chromium loads from its own directory, and without which its GPU
    // process fails and a headless run never ends; fonts.tar holds fonts.conf and fonts/Open_Sans.
    await unpackTarBrotli(join(bin, 'al2023.tar.br'), staging)
    await unpackTarBrotli(join(bin, 'swiftshader.tar.br'), staging)
    await unpackTarBrotli(join(bin, 'fonts.tar.br'), join(staging, 'fonts'))
    // The package's own fonts.conf names /tmp/fonts; ours names where the fonts are, then the system's.
    writeFileSync(
      join(staging, 'fonts.conf'),
      [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        '<fontconfig>',
        `  <dir>${escapeXml(join(directory, 'fonts', 'fonts'))}</dir>`,
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
        `  <cachedir>${escapeXml(join(directory, 'fontconfig-cache'))}</cachedir>`,
        '</fontconfig>',
        '',
      ].join('\n'),
    )
    try {
      renameSync(staging, directory)
    } catch (error) {
      // Another process finished first: use its copy.
      if (!existsSync(join(directory, 'chromium'))) throw error
    }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

/** Half-unpacked copies left by processes that were killed while unpacking (190 MB each). */
function removeAbandoned(directory) {
  const prefix = `${basename(directory)}.`
  for (const name of readdirSync(dirname(directory))) {
    const pid = Number(
      name.startsWith(prefix) && name.endsWith('.partial') && name.slice(prefix.length).split('-')[0],
    )
    if (!Number.isInteger(pid) || pid <= 0 || alive(pid)) continue
    rmSync(join(dirname(directory), name), { recursive: true, force: true })
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error?.code === 'EPERM'
  }
}

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
