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
import { bundlePages } from '../scripts/page-bundles.mjs'
import { pageSize } from '../scripts/page-size.mjs'

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
// The pages: what a product team's page pays up front and later, provider included (the budgets).
const PAGE_BUDGETS = { 'live-code': 8_000, 'enrollment-wizard': 25_000, 'credential-grid': 25_000 }
const pages = await bundlePages()
const pageLines = [
  '## @a2f/react pages',
  '',
  'What a page pays that imports the widgets from `@a2f/react`, provider included, without react,',
  'react-dom and React Query (the host has them) and zxing-wasm (the QR decoder, loaded when an image',
  'arrives). Bundled by Rolldown, the bundler of Vite 8, with code splitting, minified, production; each',
  'chunk gzip -9 (kB = 1,000 bytes). Up front is the entry and every chunk it imports statically; the',
  'lazy chunks load by dynamic import when the page needs them (the court registry on the first court',
  'widget, the key step as soon as the wizard mounts, the QR encoder and the re-key form when opened).',
  'size-limit holds the up-front figures in the test command (`scripts/page-bundles.mjs`).',
  '',
  'esbuild’s figure is beside it for users of esbuild’s own code splitting: esbuild decides chunks by',
  'file before tree shaking (evanw/esbuild#3704, open), so every file a lazy chunk shares with the',
  'package lands up front whole; without splitting esbuild inlines the lazy parts instead.',
  '',
  '| page | up front, Rolldown (kB) | budget | up front ÷ budget | lazy chunks, Rolldown (kB) | up front, esbuild splitting (kB) |',
  '|---|---:|---:|---:|---|---:|',
]
for (const page of pages) {
  const source = `import { ${page.imports.join(', ')} } from '@a2f/react'\nconsole.log(${page.imports.join(', ')})\n`
  const esbuild = await pageSize(source)
  const budget = PAGE_BUDGETS[page.name]
  const lazy = page.lazy
    .map((chunk) => `${chunk.fileName.replace(/-[\w-]{8}\.js$/, '')} ${kB(chunk.gzip)}`)
    .join(', ')
  pageLines.push(
    `| ${page.title} | ${kB(page.upFront.gzip)} | ${kB(budget)} | ${(page.upFront.gzip / budget).toFixed(2)}× | ${lazy} | ${kB(esbuild.upFront.gzip)} |`,
  )
  console.log(`${kB(page.upFront.gzip).padStart(6)} kB gzip up front  ${page.title}`)
}
writeBenchSection('@a2f/react pages', pageLines)

const lines = [
  '## @a2f/react bundle size',
  '',
  'Each import bundled by esbuild for the browser (minified, production, without splitting: lazy parts',
  'inlined), then gzip -9 (kB = 1,000 bytes). Information, not a budget since the pages above replaced',
  'it; the last column compares with the earlier 30 kB budget for the whole entry.',
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
