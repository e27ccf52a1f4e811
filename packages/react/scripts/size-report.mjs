/**
 * Where the bytes of @a2f/react's entry go. size-limit holds the totals; this tells which file or
 * widget to look at when they grow.
 *
 *   node scripts/size-report.mjs            # our own code by folder (minified bytes), and its gzip size
 *   node scripts/size-report.mjs --files    # the same by file
 *   node scripts/size-report.mjs --exports  # what importing one export costs, @a2f/core and uqr included
 *
 * Own code leaves out react, React Query, the @a2f packages, uqr and zxing-wasm; `--exports` bundles the
 * built dist/index.js (run the build first) with everything but react, React Query and zxing-wasm, as
 * the size-limit budget does.
 */
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const PEERS = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'zxing-wasm']
const EXPORTS = [
  'A2FProvider',
  'CodeCountdown',
  'AuthenticatorList',
  'SecretQrCode',
  'CourtPicker',
  'SecretInput',
  'EnrollmentWizard',
  'CredentialGrid',
  'useCredentials',
]

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length

if (process.argv.includes('--exports')) await byExport()
else await ownCode(process.argv.includes('--files'))

async function ownCode(byFiles) {
  const result = await build({
    entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    external: [...PEERS, '@a2f/core', '@a2f/storage', 'uqr'],
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
  console.log(`\nminified ${code.length} B, gzip ${gzip(code)} B (own code only)`)
}

async function byExport() {
  const dist = new URL('../dist/index.js', import.meta.url).pathname
  const bundle = async (names) => {
    const result = await build({
      stdin: {
        contents: `export ${names} from ${JSON.stringify(dist)}`,
        loader: 'js',
        resolveDir: process.cwd(),
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      external: PEERS,
      logLevel: 'error',
    })
    const code = result.outputFiles[0].contents
    return `${String(code.length).padStart(7)} B min ${String(gzip(code)).padStart(6)} B gzip`
  }
  for (const name of EXPORTS) console.log(`${await bundle(`{ ${name} }`)}  ${name}`)
  console.log(`${await bundle('*')}  the whole entry`)
}
