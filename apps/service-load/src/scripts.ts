/**
 * Where the processes' scripts are: dist/server-process.js and dist/driver-process.js, built by tsup
 * (turbo builds them before the tests and the bench). Computed from this file, at the top of src/ and
 * bundled into dist/: the same relative path from both.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export function processScript(name: 'server-process' | 'driver-process'): string {
  const path = fileURLToPath(new URL(`../dist/${name}.js`, import.meta.url))
  if (!existsSync(path))
    throw new Error(
      `${path} is missing: build @a2f/service-load first (corepack pnpm --filter @a2f/service-load build; turbo does it before test and bench)`,
    )
  return path
}
