#!/usr/bin/env node
/**
 * First step of `pnpm test`: finds the two programs the tests need besides Node, before Turborepo starts
 * anything, and says in one line each which ones it will use, or in one line what to install:
 *
 * - Chromium (scripts/system-chromium.mjs): CHROMIUM_PATH, else /usr/bin/chromium, else the one from the
 *   npm registry, unpacked here once (so the parallel test tasks find it ready). It is launched once
 *   as the tests launch it (playwright-core, headless, a page on 127.0.0.1 with IndexedDB and WebCrypto),
 *   so a browser that cannot run fails now rather than two minutes into the run.
 * - The PostgreSQL server programs (scripts/postgres-binaries.mjs): the system's, else the registry's;
 *   `initdb --version` and `postgres --version` must run. Not needed when DATABASE_URL and
 *   A2F_DATABASE_URL both name a server.
 *
 * Exit code 1 on the first thing missing. `node scripts/check-test-tools.mjs`
 */
import { execFile } from 'node:child_process'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { chromium } from 'playwright-core'
import { findPostgres } from './postgres-binaries.mjs'
import { resolveChromium } from './system-chromium.mjs'

const run = promisify(execFile)

try {
  await checkChromium()
  await checkPostgres()
} catch (error) {
  console.error(`pnpm test cannot start: ${error?.message ?? error}`)
  process.exit(1)
}

async function checkChromium() {
  const started = performance.now()
  const chromium = await resolveChromium(
    'the browser tests, the Storybook story tests and the end-to-end tests',
  )
  const version = await startOnce(chromium)
  const where =
    chromium.origin === 'registry'
      ? `from the npm registry (@sparticuz/chromium ${chromium.registryVersion}` +
        (chromium.unpackedMs ? `, unpacked in ${(chromium.unpackedMs / 1000).toFixed(1)} s` : '') +
        `) at ${chromium.executablePath}`
      : `${chromium.origin === 'system' ? 'system' : 'CHROMIUM_PATH'}: ${chromium.executablePath}`
  console.log(`Chromium ${version}, ${where} (checked in ${elapsed(started)})`)
}

/**
 * Launches the browser as the tests will (playwright-core, headless), opens a page on 127.0.0.1 and
 * checks what the tests rely on: IndexedDB, WebCrypto (a secure context) and BroadcastChannel.
 * Returns the browser's version.
 */
async function startOnce({ executablePath, args, env }) {
  const server = createServer((request, response) =>
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><p>a2f'),
  )
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  let browser
  try {
    browser = await chromium.launch({ executablePath, args, env, headless: true, timeout: 60_000 })
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${server.address().port}/`)
    const missing = await page.evaluate(() =>
      [
        typeof indexedDB === 'undefined' && 'IndexedDB',
        globalThis.crypto?.subtle === undefined && 'WebCrypto',
        typeof BroadcastChannel === 'undefined' && 'BroadcastChannel',
      ].filter(Boolean),
    )
    if (missing.length > 0) throw new Error(`lacks ${missing.join(', ')} on 127.0.0.1`)
    return browser.version()
  } catch (error) {
    const first = String(error?.message ?? error).split('\n')[0]
    throw new Error(`Chromium at ${executablePath} does not run headless: ${first}`, { cause: error })
  } finally {
    await browser?.close()
    server.close()
  }
}

async function checkPostgres() {
  if (process.env.DATABASE_URL && process.env.A2F_DATABASE_URL) {
    console.log('PostgreSQL: DATABASE_URL and A2F_DATABASE_URL are set, no server is started')
    return
  }
  const started = performance.now()
  const found = findPostgres()
  const versions = []
  for (const program of ['initdb', 'postgres']) {
    try {
      const { stdout } = await run(join(found.bin, program), ['--version'], { timeout: 30_000 })
      versions.push(stdout.trim())
    } catch (error) {
      const hint =
        found.origin === 'registry'
          ? ' (if its install script did not run, its library links are missing: see pnpm.onlyBuiltDependencies in package.json)'
          : ''
      throw new Error(
        `${join(found.bin, program)} does not run${hint}: ${
          String(error?.stderr || error?.message)
            .trim()
            .split('\n')[0]
        }`,
      )
    }
  }
  const version = versions[1].replace(/^postgres \(PostgreSQL\)\s*/, '')
  const where =
    found.origin === 'registry'
      ? `from the npm registry (${found.package}) at ${found.bin}`
      : `system: ${found.bin}`
  console.log(`PostgreSQL ${version}, ${where} (checked in ${elapsed(started)})`)
}

function elapsed(since) {
  const ms = performance.now() - since
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}
