/**
 * How many bytes a browser app downloads for an import: esbuild bundles it for the browser, minified,
 * as size-limit does, and gzip -9 compresses it. Shared by `scripts/size-report.mjs` (where the bytes
 * go) and `bench/size.mjs` (the table in BENCHMARKS.md).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

/** What the budget leaves out: the peers the host already has and the QR decoder loaded on demand. */
export const BUDGET_EXTERNALS = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@tanstack/react-query',
  'zxing-wasm',
]

/** The built entry that size-limit measures (`pnpm build` first). */
export const DIST_ENTRY = fileURLToPath(new URL('../dist/index.js', import.meta.url))

export const gzipBytes = (bytes) => gzipSync(bytes, { level: 9 }).length

/**
 * Bundles `source` (module text: `export { A } from '…'`), resolved from this package, leaving
 * `external` out. Returns minified and gzip bytes.
 */
export async function importSize(source, external = BUDGET_EXTERNALS) {
  const result = await build({
    stdin: { contents: source, loader: 'js', resolveDir: fileURLToPath(new URL('..', import.meta.url)) },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    external,
    logLevel: 'error',
  })
  const code = result.outputFiles[0].contents
  return { minified: code.length, gzip: gzipBytes(code) }
}

/** The gzip size of a file as it is served (a .wasm, say). */
export function fileSize(path) {
  const bytes = readFileSync(path)
  return { minified: bytes.length, gzip: gzipBytes(bytes) }
}
