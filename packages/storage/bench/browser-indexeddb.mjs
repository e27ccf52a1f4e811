/**
 * The IndexedDB adapter measured where it runs for real: headless Chromium (the same as the tests':
 * scripts/system-chromium.mjs), on a page served from 127.0.0.1 (a secure context, so WebCrypto and IndexedDB are available).
 *
 * The browser keeps its profile on disk, as a lawyer's browser does (a vault in a private window is gone
 * when the window closes). A Playwright context without a profile keeps IndexedDB in memory, and
 * Chromium's in-memory IndexedDB grows slower per record as it fills: 10,000 records with their indexes
 * took 9.1 s there against 1.3 s on disk, measured side by side (issue 16's note).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { resolveChromium } from '../../../scripts/system-chromium.mjs'

export const browserIndexedDb = {
  name: 'IndexedDB (Chromium)',
  async start() {
    const bundle = await build({
      entryPoints: [new URL('./browser-entry.mjs', import.meta.url).pathname],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
    })
    const script = bundle.outputFiles[0].text
    this.server = createServer((request, response) => {
      if (request.url === '/bench.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(script)
      } else {
        response
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<script type="module" src="/bench.js"></script>')
      }
    })
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    const { executablePath, args, env } = await resolveChromium('the @a2f/storage IndexedDB benchmark')
    this.profile = mkdtempSync(join(tmpdir(), 'a2f-bench-profile-'))
    this.context = await chromium.launchPersistentContext(this.profile, { executablePath, args, env })
    const page = await this.context.newPage()
    await page.goto(`http://127.0.0.1:${this.server.address().port}/`)
    await page.waitForFunction(() => typeof globalThis.runBench === 'function')
    return { name: this.name, measure: () => page.evaluate(() => globalThis.runBench()) }
  },
  async stop() {
    await this.context?.close()
    if (this.profile) rmSync(this.profile, { recursive: true, force: true })
    this.server?.closeAllConnections?.()
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve()))
  },
}
