/**
 * Where the robot process's script is: dist/robot-process.js, built by tsup (turbo builds it before the
 * tests and the bench). Computed from this file, at the top of src/ and bundled into dist/: the same
 * relative path from both.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export function robotScript(): string {
  const path = fileURLToPath(new URL('../dist/robot-process.js', import.meta.url))
  if (!existsSync(path))
    throw new Error(
      `${path} is missing: build @a2f/robot-load first (corepack pnpm --filter @a2f/robot-load build; turbo does it before test and bench)`,
    )
  return path
}
