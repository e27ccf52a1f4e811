/**
 * The three pages whose size the test command holds (`.size-limit.json`), bundled as a Vite app ships
 * them: Rolldown (Vite 8's bundler), minified, production, code splitting, the peers the host already
 * has left out (react, react-dom, React Query) and the QR decoder's zxing-wasm too. Each page imports
 * from the built package, provider included, as a product team's page does.
 *
 * For every page it writes `size-pages/<page>/up-front/` (the entry and each chunk it imports
 * statically: what the browser fetches before the page runs) and `size-pages/<page>/lazy/` (chunks
 * the page reaches only by dynamic import: the court registry, the key step, the QR encoder, the
 * re-key dialog). size-limit's file plugin gzips each file, as a server sends them.
 *
 * Why Rolldown and not esbuild: esbuild's code splitting decides chunks by file before tree shaking
 * (evanw/esbuild#3704, open), so a file reachable both statically and by a lazy import lands up front
 * whole even when the page uses none of it. The bench prints both (bench/size.mjs).
 *
 * @example
 * node scripts/page-bundles.mjs            // writes size-pages/…
 * const pages = await bundlePages()        // [{ name, upFront: { gzip, minified }, lazy: [...] }]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { rolldown } from 'rolldown'
import { gzipBytes } from './bundle-size.mjs'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const outDir = join(packageDir, 'size-pages')

/** The pages of the budget: what each imports from @a2f/react. */
export const PAGES = [
  {
    name: 'live-code',
    title: 'Live code (A2FProvider + CodeCountdown)',
    imports: ['A2FProvider', 'CodeCountdown'],
  },
  {
    name: 'enrollment-wizard',
    title: 'Enrollment wizard (A2FProvider + EnrollmentWizard)',
    imports: ['A2FProvider', 'EnrollmentWizard'],
  },
  {
    name: 'credential-grid',
    title: 'Credential grid (A2FProvider + CredentialGrid)',
    imports: ['A2FProvider', 'CredentialGrid'],
  },
]

const EXTERNAL = [/^react(-dom)?(\/|$)/, /^@tanstack\/react-query$/, /^zxing-wasm(\/|$)/]

/** Bundles one page's source; returns its chunks, split into up front and lazy. */
export async function bundlePage(source) {
  // The page file sits in the package, so '@a2f/react' resolves to this package's dist (its exports).
  const page = join(packageDir, `.page-${process.pid}-${Math.random().toString(36).slice(2)}.mjs`)
  writeFileSync(page, source)
  try {
    const bundle = await rolldown({
      input: page,
      external: EXTERNAL,
      platform: 'browser',
      transform: { define: { 'process.env.NODE_ENV': '"production"' } },
      logLevel: 'silent',
    })
    const { output } = await bundle.generate({ format: 'esm', minify: true, entryFileNames: 'page.js' })
    await bundle.close()
    const chunks = new Map(
      output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
    )
    const upFront = new Set()
    const visit = (name) => {
      if (upFront.has(name) || !chunks.has(name)) return
      upFront.add(name)
      for (const imported of chunks.get(name).imports) visit(imported)
    }
    visit(output.find((file) => file.type === 'chunk' && file.isEntry).fileName)
    const describe = (chunk) => ({
      fileName: chunk.fileName,
      code: chunk.code,
      minified: Buffer.byteLength(chunk.code),
      gzip: gzipBytes(Buffer.from(chunk.code)),
      modules: Object.keys(chunk.modules).map((id) => id.replace(/^.*\/(packages|node_modules)\//, '')),
    })
    return {
      upFront: [...upFront].map((name) => describe(chunks.get(name))),
      lazy: [...chunks.keys()].filter((name) => !upFront.has(name)).map((name) => describe(chunks.get(name))),
    }
  } finally {
    rmSync(page, { force: true })
  }
}

const sum = (chunks, key) => chunks.reduce((total, chunk) => total + chunk[key], 0)

/** Every page of PAGES, bundled: totals up front and each lazy chunk. */
export async function bundlePages() {
  const pages = []
  for (const page of PAGES) {
    const source = `import { ${page.imports.join(', ')} } from '@a2f/react'\nconsole.log(${page.imports.join(', ')})\n`
    const { upFront, lazy } = await bundlePage(source)
    pages.push({
      ...page,
      upFrontChunks: upFront,
      lazyChunks: lazy,
      upFront: { minified: sum(upFront, 'minified'), gzip: sum(upFront, 'gzip') },
      lazy: lazy.map(({ fileName, minified, gzip, modules }) => ({ fileName, minified, gzip, modules })),
    })
  }
  return pages
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(outDir, { recursive: true, force: true })
  for (const page of await bundlePages()) {
    for (const [kind, chunks] of [
      ['up-front', page.upFrontChunks],
      ['lazy', page.lazyChunks],
    ]) {
      const dir = join(outDir, page.name, kind)
      mkdirSync(dir, { recursive: true })
      for (const chunk of chunks) writeFileSync(join(dir, chunk.fileName), chunk.code)
    }
    const kB = (bytes) => (bytes / 1000).toFixed(1)
    const lazy = page.lazy.map((chunk) => `${chunk.fileName} ${kB(chunk.gzip)}`).join(', ') || 'none'
    console.log(`${page.name}: ${kB(page.upFront.gzip)} kB gzip up front; lazy: ${lazy}`)
  }
}
