/**
 * The builds the end-to-end tests run: the demo's production build (served by vite preview), the sandbox
 * court's and the robot's command lines. Checked when the config loads, before the web servers start, so
 * a missing build is named instead of surfacing as a server that "was not able to start".
 *
 * @example
 * checkBuilds() // throws "Build output missing: apps/robot/dist/cli.js (@a2f/robot). Build first: …"
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const BUILDS = [
  ['apps/demo/dist/index.html', '@a2f/demo'],
  ['apps/sandbox-court/dist/cli.js', '@a2f/sandbox-court'],
  ['apps/robot/dist/cli.js', '@a2f/robot'],
] as const

export function checkBuilds(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  const missing = BUILDS.filter(([file]) => !existsSync(root + file))
  if (missing.length === 0) return
  const names = missing.map(([file, name]) => `${file} (${name})`).join(', ')
  const filters = missing.map(([, name]) => `--filter=${name}`).join(' ')
  throw new Error(`Build output missing: ${names}. Build first: pnpm turbo run build ${filters}`)
}
