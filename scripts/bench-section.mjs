/**
 * BENCHMARKS.md at the repository root holds one section per package, each written by that package's
 * `pnpm bench`. A bench replaces its own section (between markers) and leaves the others as they were,
 * so packages can be measured one at a time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const FILE = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url))
const HEADER = [
  '# Benchmarks',
  '',
  'Written by `pnpm bench` (each package’s `bench/`). Do not edit by hand: run it again. Sections are',
  'measured separately; within a section, everything compared ran in the same process, interleaved.',
  '',
].join('\n')

/** Writes `lines` as the section of `name`, keeping the other packages' sections. Returns the path. */
export function writeBenchSection(name, lines) {
  const start = `<!-- bench:${name} -->`
  const end = `<!-- /bench:${name} -->`
  const body = `${start}\n${lines.join('\n').trim()}\n${end}`
  let text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER
  if (!text.startsWith('# Benchmarks') || !text.includes('<!-- bench:')) text = HEADER // the old single-package file
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  text =
    from >= 0 && to > from
      ? text.slice(0, from) + body + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${body}\n`
  writeFileSync(FILE, text.endsWith('\n') ? text : `${text}\n`)
  return FILE
}
