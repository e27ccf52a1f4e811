/**
 * Where the bytes of @a2f/react's own code go, by folder or by file. size-limit holds the totals and
 * `pnpm bench` (bench/size.mjs) writes what each import costs to BENCHMARKS.md; this tells which file to
 * look at when they grow.
 *
 *   node scripts/size-report.mjs            # our own code by folder (minified bytes), and its gzip size
 *   node scripts/size-report.mjs --files    # the same by file
 *
 * Own code leaves out react, React Query, the @a2f packages, uqr and zxing-wasm.
 */
import { build } from 'esbuild'
import { BUDGET_EXTERNALS, gzipBytes } from './bundle-size.mjs'

const byFiles = process.argv.includes('--files')
const result = await build({
  entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  external: [...BUDGET_EXTERNALS, '@a2f/core', '@a2f/storage', 'uqr'],
  logLevel: 'error',
})
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
const totals = new Map()
for (const [path, { bytesInOutput }] of inputs) {
  const file = path.replace(/^src\//, '')
  const key = byFiles ? file : file.split('/').slice(0, -1).join('/') || '.'
  totals.set(key, (totals.get(key) ?? 0) + bytesInOutput)
}
for (const [key, bytes] of [...totals].sort((a, b) => b[1] - a[1]))
  console.log(`${String(bytes).padStart(7)}  ${key}`)
const code = result.outputFiles[0].contents
console.log(`\nminified ${code.length} B, gzip ${gzipBytes(code)} B (own code only)`)
