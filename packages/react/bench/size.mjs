/**
 * @a2f/react bundle sizes: what a browser app downloads for the whole entry and for each widget, what
 * the entry carries before any widget logic (the @a2f/core functions and data the widgets call, the QR
 * encoder, the pt-BR texts), and, for scale, the peers the host already has. Each import is bundled by
 * esbuild for the browser, minified, then gzip -9 (as size-limit measures; kB = 1,000 bytes). Writes the
 * `@a2f/react size` section of BENCHMARKS.md. Needs `pnpm build` first (turbo's bench task does it).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { writeBenchSection } from '../../../scripts/bench-section.mjs'
import { BUDGET_EXTERNALS, DIST_ENTRY, fileSize, importSize } from '../scripts/bundle-size.mjs'

const BUDGET = 30_000
const dist = (file) => JSON.stringify(fileURLToPath(new URL(`../dist/${file}`, import.meta.url)))
const entry = JSON.stringify(DIST_ENTRY)

/** The values (not types) that our source imports from @a2f/core, read from the source itself. */
function coreValuesTheWidgetsCall() {
  const src = fileURLToPath(new URL('../src', import.meta.url))
  const files = readdirSync(src, { recursive: true }).filter(
    (file) => /\.tsx?$/.test(file) && !/(__tests__|test-support|\.test\.)/.test(file),
  )
  const names = new Set()
  for (const file of files) {
    const text = readFileSync(`${src}/${file}`, 'utf8')
    for (const [, list] of text.matchAll(/import\s+\{([^}]*)\}\s+from\s+'@a2f\/core'/g))
      for (const item of list.split(','))
        if (item.trim() && !item.trim().startsWith('type ')) names.add(item.trim())
  }
  return [...names].sort()
}

const WIDGETS = [
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
const coreNames = coreValuesTheWidgetsCall()
const coreImport = `export { ${coreNames.join(', ')} } from '@a2f/core'`
const uqrImport = `export { renderSVG } from 'uqr'`
const ptBRImport = `export { ptBR } from ${dist('locales/pt-br.js')}`
const zxingWasm = fileURLToPath(
  new URL('../node_modules/zxing-wasm/dist/reader/zxing_reader.wasm', import.meta.url),
)

const groups = [
  [
    'The budget: the whole entry',
    [
      ['`import *` from @a2f/react, without react, React Query and the QR decoder', `export * from ${entry}`],
      [
        'the same without @a2f/core and @a2f/storage',
        `export * from ${entry}`,
        [...BUDGET_EXTERNALS, '@a2f/core', '@a2f/storage'],
      ],
      [
        "@a2f/react's own code (without uqr too)",
        `export * from ${entry}`,
        [...BUDGET_EXTERNALS, '@a2f/core', '@a2f/storage', 'uqr'],
      ],
    ],
  ],
  [
    'One import (with @a2f/core and uqr)',
    WIDGETS.map((name) => [`{ ${name} }`, `export { ${name} } from ${entry}`]),
  ],
  [
    'What the entry carries before any widget logic',
    [
      [`@a2f/core: the ${coreNames.length} functions and the registry the widgets call`, coreImport],
      ['uqr (the QR encoder of SecretQrCode)', uqrImport],
      ['the pt-BR texts (`ptBR`)', ptBRImport],
      ['the three together', [coreImport, uqrImport, ptBRImport].join('\n')],
    ],
  ],
  [
    'For scale: what the host already loads, and the decoder loaded on demand',
    [
      ['react + react-dom/client (peers)', `export * from 'react'\nexport * from 'react-dom/client'`, []],
      [
        '@tanstack/react-query (peer)',
        `export * from '@tanstack/react-query'`,
        ['react', 'react/jsx-runtime'],
      ],
      ['zxing-wasm/reader JS (the QR decoder, on demand)', `export * from 'zxing-wasm/reader'`, []],
    ],
  ],
]

const kB = (bytes) =>
  (bytes / 1000).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const lines = [
  '## @a2f/react bundle size',
  '',
  'Each import bundled by esbuild for the browser (minified, production), then gzip -9, as size-limit',
  'measures (kB = 1,000 bytes). The issue’s budget is 30 kB gzip for the whole entry without react,',
  'React Query and the lazily loaded QR decoder; the last column is each size over that budget.',
  '',
  '| import | minified (kB) | gzip (kB) | gzip ÷ 30 kB |',
  '|---|---:|---:|---:|',
]
for (const [title, rows] of groups) {
  lines.push(`| **${title}** | | | |`)
  for (const [label, source, external] of rows) {
    const size = await importSize(source, external)
    lines.push(`| ${label} | ${kB(size.minified)} | ${kB(size.gzip)} | ${(size.gzip / BUDGET).toFixed(2)}× |`)
    console.log(`${kB(size.gzip).padStart(6)} kB gzip  ${label}`)
  }
}
const wasm = fileSize(zxingWasm)
lines.push(
  `| zxing-wasm reader .wasm (fetched on demand) | ${kB(wasm.minified)} | ${kB(wasm.gzip)} | ${(wasm.gzip / BUDGET).toFixed(2)}× |`,
)
lines.push(
  '',
  `The @a2f/core functions the widgets call, read from the source: ${coreNames.map((n) => `\`${n}\``).join(', ')}.`,
)
writeBenchSection('@a2f/react size', lines)
