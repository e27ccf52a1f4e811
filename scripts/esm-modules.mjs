/**
 * Rewrites a package's ESM build (dist/**\/*.js) as one file per source module, the way libraries
 * whose users care about page size ship (Radix, MUI): tsup bundles each entry into one file, and
 * bundlers assign code to chunks by file, so a lazily imported part (the wizard's key step, the re-key
 * dialog) still lands up front when it shares a bundled file with what the page uses. With a file per
 * module, a bundler keeps up front only the modules the page reaches statically. The CJS build (one
 * file per entry, for Node and old tools) and the type declarations stay tsup's.
 *
 * Run in a package after tsup. Every `src/**\/*.ts(x)` that is not a test becomes `dist/<same path>.js`
 * (esbuild transform: no bundling, imports kept as written, which are all `./x.js`), with a source map.
 * `--entry name=module` writes `dist/<name>.js` re-exporting `dist/<module>.js`, for an export whose
 * path differs from its module's (core's `./courts`).
 *
 * @example
 * tsup && node ../../scripts/esm-modules.mjs --entry courts=courts/compact-registry
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { build } from 'esbuild'

const packageDir = process.cwd()
const src = join(packageDir, 'src')
const dist = join(packageDir, 'dist')

const isModule = (file) =>
  /\.tsx?$/.test(file) &&
  !/\.d\.ts$/.test(file) &&
  !/(^|\/)(__tests__|test-support)\//.test(file) &&
  !/\.(test|spec|stories)\.tsx?$/.test(file)

const modules = readdirSync(src, { recursive: true })
  .map((file) => String(file).replaceAll('\\', '/'))
  .filter(isModule)

// tsup's bundled ESM files and their maps go; .cjs, .d.ts, .d.cts and styles stay.
for (const file of readdirSync(dist, { recursive: true }).map(String))
  if (/\.js(\.map)?$/.test(file)) rmSync(join(dist, file))

await build({
  entryPoints: modules.map((file) => join(src, file)),
  outbase: src,
  outdir: dist,
  bundle: false,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  jsx: 'automatic',
  sourcemap: true,
  logLevel: 'warning',
})

const entries = process.argv
  .slice(2)
  .flatMap((arg, index, args) => (args[index - 1] === '--entry' ? [arg] : []))
for (const entry of entries) {
  const [name, module] = entry.split('=')
  if (!name || !module)
    throw new Error(`esm-modules: --entry wants name=module, got ${JSON.stringify(entry)}`)
  const from = relative(join(dist, name, '..'), join(dist, module)).replaceAll('\\', '/')
  writeFileSync(join(dist, `${name}.js`), `export * from './${from}.js'\n`)
}
console.log(
  `esm-modules: ${modules.length} modules written to dist/ as ESM files${entries.length ? `, entries ${entries.join(', ')}` : ''}.`,
)
