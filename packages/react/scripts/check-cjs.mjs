/**
 * Checks the CommonJS build the way its users meet it: (1) `require('@a2f/react')` in Node loads none of
 * the lazy parts (zxing-wasm, the QR reader chunk), and (2) esbuild bundles dist/index.cjs for the
 * browser (no Node built-in such as `url` is reached). Fails naming what went wrong. Runs after the build.
 *
 * @example
 * node scripts/check-cjs.mjs   # in check:package
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const failures = []

// (1) In a fresh Node process: spy on every module request while requiring the package by its name.
const probe = `
const Module = require('node:module')
const requested = []
const load = Module._load
Module._load = function (request, ...rest) { requested.push(request); return load.call(this, request, ...rest) }
require('@a2f/react')
const cached = Object.keys(require.cache)
console.log(JSON.stringify({ requested, cached }))
`
const { requested, cached } = JSON.parse(
  execFileSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8' }),
)
// The spy must have seen the eager imports, or finding nothing lazy would prove nothing.
if (!requested.includes('react')) failures.push('the require spy did not see react: the probe is broken')
const lazy = /zxing/
for (const name of [...requested, ...cached].filter((name) => lazy.test(name))) {
  failures.push(`require('@a2f/react') loaded a lazy part at require time: ${name}`)
}

// (2) A browser bundle of the CJS entry (peers included, as a host's bundler would resolve them).
try {
  await build({
    entryPoints: [`${root}dist/index.cjs`],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'silent',
  })
} catch (error) {
  const messages = error.errors?.map((e) => `${e.text} (${e.location?.file ?? '?'})`) ?? [String(error)]
  failures.push(`esbuild could not bundle dist/index.cjs for the browser:\n    ${messages.join('\n    ')}`)
}

if (failures.length > 0) {
  console.error(`check-cjs:\n  ${failures.join('\n  ')}`)
  process.exit(1)
}
console.log(`check-cjs: require loaded ${requested.length} modules, none lazy; the browser bundle builds.`)
