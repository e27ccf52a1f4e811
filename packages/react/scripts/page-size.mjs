/**
 * What a page pays for a set of imports from @a2f/react, as a real app bundler ships it: esbuild with
 * code splitting (minified, production, the peers left out), so a dynamic import becomes a chunk the page
 * downloads only when it asks. Up front is the entry and every chunk it imports statically; each lazy
 * chunk is counted with what it adds on top of that. Used by `bench/size.mjs`.
 *
 * @example
 * const page = await pageSize(`import { A2FProvider, CodeCountdown } from '@a2f/react'\nconsole.log(A2FProvider, CodeCountdown)`)
 * page.upFront.gzip  // bytes
 * page.lazy          // [{ name: 'court-registry…', gzip, minified }]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { BUDGET_EXTERNALS, gzipBytes } from './bundle-size.mjs'

const packageDir = fileURLToPath(new URL('..', import.meta.url))

/** Bundles `source` (module text) with splitting; returns up-front and lazy sizes (bytes). */
export async function pageSize(source, external = BUDGET_EXTERNALS) {
  const dir = mkdtempSync(join(tmpdir(), 'a2f-page-'))
  try {
    // The page file sits in the package, so '@a2f/react' resolves to this package's dist (its exports).
    const page = join(packageDir, `.page-${process.pid}-${Math.random().toString(36).slice(2)}.mjs`)
    writeFileSync(page, source)
    try {
      const result = await build({
        entryPoints: [page],
        bundle: true,
        splitting: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        define: { 'process.env.NODE_ENV': '"production"' },
        outdir: dir,
        write: false,
        metafile: true,
        external,
        logLevel: 'error',
      })
      return measure(result, dir)
    } finally {
      rmSync(page, { force: true })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function measure(result, dir) {
  const files = new Map(result.outputFiles.map((file) => [relative(process.cwd(), file.path), file.contents]))
  const outputs = result.metafile.outputs
  const staticClosure = (start) => {
    const seen = new Set()
    const visit = (name) => {
      if (seen.has(name)) return
      seen.add(name)
      for (const edge of outputs[name]?.imports ?? [])
        if (edge.kind === 'import-statement' && outputs[edge.path]) visit(edge.path)
    }
    visit(start)
    return seen
  }
  const sizeOf = (names) => {
    let minified = 0
    let gzip = 0
    for (const name of names) {
      const bytes = files.get(name)
      if (!bytes || name.endsWith('.map')) continue
      minified += bytes.length
      gzip += gzipBytes(bytes)
    }
    return { minified, gzip }
  }
  const entry = Object.keys(outputs).find((name) => outputs[name].entryPoint)
  const upFront = staticClosure(entry)
  const lazyNames = new Set()
  for (const name of Object.keys(outputs))
    for (const edge of outputs[name].imports ?? [])
      if (edge.kind === 'dynamic-import' && outputs[edge.path]) lazyNames.add(edge.path)
  const lazy = [...lazyNames].map((name) => {
    const added = [...staticClosure(name)].filter((chunk) => !upFront.has(chunk))
    const inputs = Object.keys(outputs[name].inputs).map((input) => input.replace(/^.*node_modules\//, ''))
    return { name: name.slice(dir.length - process.cwd().length), inputs, ...sizeOf(added) }
  })
  return { upFront: sizeOf(upFront), lazy }
}
