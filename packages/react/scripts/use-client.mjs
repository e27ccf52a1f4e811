/**
 * Puts the `"use client"` directive at the top of every JavaScript file of dist/ (ESM and CJS entries,
 * their chunks, the locales and any entry added later), and with `--check` fails naming each file that
 * lacks it. The widgets use state, effects and context: a React Server Component (Next.js App Router)
 * may import them only through a client boundary, and the directive is that boundary. Bundlers drop
 * module-level directives while bundling, so it is added after the build instead of as a banner.
 *
 * @example
 * node scripts/use-client.mjs           # after tsup: adds the directive where it is missing
 * node scripts/use-client.mjs --check   # in check:package: exit 1 and list the files without it
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const DIST = fileURLToPath(new URL('../dist/', import.meta.url))
const DIRECTIVE = '"use client";'
const SCRIPT = /\.(c|m)?js$/

/** Whether `code` opens with the directive, before or after a `'use strict'` (directive prologue). */
export function hasUseClient(code) {
  const prologue = code.match(/^(?:\s*(?:'[^']*'|"[^"]*")\s*;?)*/)[0]
  return /(['"])use client\1/.test(prologue)
}

async function scripts(dir) {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return scripts(path)
      return SCRIPT.test(entry.name) ? [path] : []
    }),
  )
  return nested.flat()
}

const check = process.argv.includes('--check')
const files = await scripts(DIST)
if (files.length === 0) {
  console.error(`use-client: no JavaScript in ${DIST}; build first.`)
  process.exit(1)
}
const missing = []
for (const file of files) {
  const code = await readFile(file, 'utf8')
  if (hasUseClient(code)) continue
  if (check) {
    missing.push(relative(process.cwd(), file))
    continue
  }
  await writeFile(file, `${DIRECTIVE}\n${code}`)
  // One more generated line on top: shift the source map by one line (a leading ';' in `mappings`).
  const mapFile = `${file}.map`
  const map = await readFile(mapFile, 'utf8').catch(() => undefined)
  if (map !== undefined) {
    const parsed = JSON.parse(map)
    parsed.mappings = `;${parsed.mappings}`
    await writeFile(mapFile, JSON.stringify(parsed))
  }
}
if (missing.length > 0) {
  console.error(
    `use-client: these files of dist/ lack the "use client" directive:\n  ${missing.join('\n  ')}`,
  )
  process.exit(1)
}
console.log(
  `use-client: ${files.length} files of dist/ ${check ? 'open with' : 'now open with'} "use client".`,
)
