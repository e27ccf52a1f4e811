/**
 * Bundle cost of the smallest import that turns a base32 key into a SHA-1 code, per library: esbuild
 * bundles and minifies a one-line program for the browser, then we gzip it (level 9).
 */
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))

// Each program imports what turning a base32 key into a code needs, and references it, as size-limit
// does for our own budget (so the two tools agree).
export const programs = [
  ['@a2f/core/sha1: totp', `import { totp } from '@a2f/core/sha1'; console.log(totp)`],
  ['@a2f/core: totp (all algorithms)', `import { totp } from '@a2f/core'; console.log(totp)`],
  ['@a2f/core: everything', `import * as a2f from '@a2f/core'; console.log(a2f)`],
  ['otpauth: TOTP + Secret', `import { TOTP, Secret } from 'otpauth'; console.log(TOTP, Secret)`],
  ['otpauth/slim: TOTP + Secret', `import { TOTP, Secret } from 'otpauth/slim'; console.log(TOTP, Secret)`],
  ['otplib: generateSync', `import { generateSync } from 'otplib'; console.log(generateSync)`],
  [
    '@noble/hashes hmac + sha1 alone (no base32, no HOTP)',
    `import { hmac } from '@noble/hashes/hmac.js'; import { sha1 } from '@noble/hashes/legacy.js'; console.log(hmac, sha1)`,
  ],
]

export async function bundleSize(source) {
  const result = await build({
    stdin: {
      contents: `const KEY = 'MMZDIMRUGZRGCNRQGA2GMMRWMVQWIZBW';\n${source}`,
      resolveDir: here,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].contents
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length }
}
