/**
 * Where the bytes of @a2f/react's entry go: each source file's share of the minified bundle, by folder,
 * and the gzip size of our own code (react, React Query, the @a2f packages, uqr and zxing-wasm left out).
 * size-limit holds the totals; this tells which file to look at when they grow.
 *
 *   node scripts/size-report.mjs            # by folder
 *   node scripts/size-report.mjs --files    # by file
 */
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const external = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@tanstack/react-query',
  '@a2f/core',
  '@a2f/storage',
  'uqr',
  'zxing-wasm',
]
const result = await build({
  entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  external,
  logLevel: 'error',
})
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
const byFiles = process.argv.includes('--files')
const totals = new Map()
for (const [path, { bytesInOutput }] of inputs) {
  const key = byFiles
    ? path.replace(/^src\//, '')
    : path
        .replace(/^src\//, '')
        .split('/')
        .slice(0, -1)
        .join('/') || '.'
  totals.set(key, (totals.get(key) ?? 0) + bytesInOutput)
}
for (const [key, bytes] of [...totals].sort((a, b) => b[1] - a[1]))
  console.log(`${String(bytes).padStart(7)}  ${key}`)
const code = result.outputFiles[0].contents
console.log(`\nminified ${code.length} B, gzip ${gzipSync(code, { level: 9 }).length} B (own code only)`)
