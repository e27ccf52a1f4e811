/**
 * @a2f/react benchmark, in headless Chromium (scripts/system-chromium.mjs): a grid of 1,000 and 10,000 live codes,
 * side by side with the naive pattern (a timer and a render per row per second) at 1,000.
 *
 * For each: first render (until a code is on screen), then one real minute of ticking: React commits,
 * scripting time (CDP ScriptDuration) and layout+style time, and the JS heap after a forced GC.
 * Writes the `react` section of BENCHMARKS.md.
 *
 * `node bench/run.mjs --seconds 10` for a quicker, less exact run.
 */
import { createServer } from 'node:http'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { resolveChromium } from '../../../scripts/system-chromium.mjs'
import { writeBenchSection } from '../../../scripts/bench-section.mjs'

const secondsArg = process.argv.indexOf('--seconds')
const TICK_SECONDS = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 60

const SUBJECTS = [
  { label: '@a2f/react CredentialGrid, 1,000 credentials', subject: 'a2f', count: 1000 },
  { label: 'naive grid (one timer and state per row), 1,000', subject: 'naive', count: 1000 },
  { label: '@a2f/react CredentialGrid, 10,000 credentials', subject: 'a2f', count: 10000 },
]

// Counts commits before React loads: React calls onCommitFiberRoot on every commit when this hook exists.
const HOOK = `
window.__A2F_COMMITS__ = 0;
window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  renderers: new Map(), supportsFiber: true, isDisabled: false,
  inject() { return 1 }, checkDCE() {}, onScheduleFiberRoot() {},
  onCommitFiberRoot() { window.__A2F_COMMITS__++ }, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
  setStrictMode() {},
};`

async function bundle() {
  const result = await build({
    entryPoints: [new URL('./grid-entry.tsx', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'empty' },
    write: false,
    logLevel: 'error',
  })
  return result.outputFiles[0].text
}

async function measure(browser, url, { subject, count }) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } })
  await page.goto(url)
  await page.waitForFunction(() => typeof window.setupGrid === 'function')
  await page.evaluate((options) => window.setupGrid(options), { subject, count })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const { firstRenderMs, rowsInDom } = await page.evaluate(() => window.renderGrid())
  // Let the first fetches and effects settle, and collect the garbage of filling the store, before the
  // minute starts: its GC would otherwise be counted as the grid's scripting.
  await page.waitForTimeout(2000)
  await cdp.send('HeapProfiler.collectGarbage')
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]))
  const before = await metrics()
  const commitsBefore = await page.evaluate(() => window.__A2F_COMMITS__)
  await page.waitForTimeout(TICK_SECONDS * 1000)
  const after = await metrics()
  const commits = (await page.evaluate(() => window.__A2F_COMMITS__)) - commitsBefore
  await cdp.send('HeapProfiler.collectGarbage')
  const heap = (await metrics()).JSHeapUsedSize
  await page.close()
  const perMinute = 60 / TICK_SECONDS
  return {
    firstRenderMs,
    rowsInDom,
    commitsPerMinute: commits * perMinute,
    scriptingMsPerMinute: (after.ScriptDuration - before.ScriptDuration) * 1000 * perMinute,
    renderingMsPerMinute:
      (after.LayoutDuration -
        before.LayoutDuration +
        after.RecalcStyleDuration -
        before.RecalcStyleDuration) *
      1000 *
      perMinute,
    heapMb: heap / 2 ** 20,
  }
}

const { executablePath, args, env, origin } = await resolveChromium('the @a2f/react benchmark')
const script = await bundle()
const server = createServer((request, response) => {
  if (request.url === '/bench.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script)
  else
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        `<!doctype html><meta charset="utf-8"><script>${HOOK}</script><div id="root"></div><script type="module" src="/bench.js"></script>`,
      )
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const browser = await chromium.launch({ executablePath, args, env })
const browserName = `Chromium ${browser.version()} (${origin === 'registry' ? 'from the npm registry' : origin})`
const results = []
try {
  const url = `http://127.0.0.1:${server.address().port}/`
  for (const subject of SUBJECTS) {
    process.stdout.write(`${subject.label}… `)
    const result = await measure(browser, url, subject)
    results.push({ ...subject, ...result })
    console.log(JSON.stringify(result))
  }
} finally {
  await browser.close()
  server.closeAllConnections?.()
  await new Promise((resolve) => server.close(resolve))
}

const fmt = (value, digits = 0) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const naive = results.find((r) => r.subject === 'naive')
const ours1k = results.find((r) => r.subject === 'a2f' && r.count === 1000)
const ratio = (a, b) => (b > 0 ? `${fmt(a / b, 1)}×` : '—')
const lines = [
  `Headless ${browserName}, React 19 production build, ${TICK_SECONDS} s of real ticking per subject, ` +
    'scaled to one minute. First render: from `root.render` until a live code is on screen (store already ' +
    'filled). Scripting: CDP ScriptDuration; rendering: layout + style recalculation.',
  '',
  '| subject | first render (ms) | rows in DOM | React commits / min | scripting ms / min | layout+style ms / min | JS heap after GC (MB) |',
  '|---|---|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.label} | ${fmt(r.firstRenderMs)} | ${fmt(r.rowsInDom)} | ${fmt(r.commitsPerMinute)} | ` +
      `${fmt(r.scriptingMsPerMinute)} | ${fmt(r.renderingMsPerMinute)} | ${fmt(r.heapMb, 1)} |`,
  ),
  '',
  naive && ours1k
    ? `At 1,000 credentials the naive grid makes ${ratio(naive.commitsPerMinute, ours1k.commitsPerMinute)} the ` +
      `commits and ${ratio(naive.scriptingMsPerMinute, ours1k.scriptingMsPerMinute)} the scripting time of ` +
      `CredentialGrid per minute; it shows its first code in ${ratio(naive.firstRenderMs, ours1k.firstRenderMs)} the ` +
      'time (it holds its keys in memory, where CredentialGrid reads a sealed store and opens keys first).'
    : '',
]
writeBenchSection('@a2f/react', ['## @a2f/react', '', ...lines])
console.log(lines.join('\n'))
