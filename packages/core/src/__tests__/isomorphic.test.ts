/**
 * The core must run unchanged in browsers, Node, Deno, Bun and edge workers. The type-checker already
 * refuses host APIs in src/ (no DOM or Node types); this proves it at run time: the built package,
 * bundled as a browser would, runs in a bare JavaScript context that has only the web-standard globals
 * the core declares (crypto.getRandomValues, TextEncoder/TextDecoder, URL, setTimeout/clearTimeout).
 */
import { build } from 'esbuild'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'

const dist = fileURLToPath(new URL('../../dist/', import.meta.url))

function builtFiles(): string[] {
  try {
    return readdirSync(dist).filter((name) => /\.(c?js)$/.test(name))
  } catch {
    throw new Error('packages/core/dist is missing: run `pnpm build` (the test command builds it first).')
  }
}

describe('isomorphic build', () => {
  it('imports no Node built-ins and touches no Node or DOM globals', () => {
    for (const name of builtFiles()) {
      const code = readFileSync(dist + name, 'utf8')
      expect(code, name).not.toMatch(/from ["']node:|require\(["']node:|\bBuffer\b|\bprocess\./)
    }
  })

  it('runs in a bare context with only web-standard globals', async () => {
    const bundle = await build({
      stdin: {
        contents: `
          import * as a2f from '${dist}index.js'
          const key = 'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBW'
          const secret = a2f.generateSecret()
          globalThis.result = {
            // RFC 6238 Appendix B at T = 59 s: the seeds "1234567890…" as base32.
            sha1: a2f.totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', { digits: 8, timestamp: 59_000 }),
            sha256: a2f.totp(a2f.encodeBase32(new TextEncoder().encode('12345678901234567890123456789012')), { algorithm: 'SHA256', digits: 8, timestamp: 59_000 }),
            pasted: a2f.totp(key, { timestamp: 59_000 }) === a2f.totp(key.toLowerCase().replace(/ /g, '-'), { timestamp: 59_000 }),
            parsed: a2f.parseSecret(a2f.buildOtpauthUri({ type: 'totp', secret: a2f.parseSecret(secret).bytes, account: 'joão', issuer: 'TRF4', algorithm: 'SHA1', digits: 6, period: 30 })).params,
            court: a2f.courtRegistry.search('trf 4')[0].id,
            page: a2f.courtRegistry.matchUrl('https://eproc.jfpr.jus.br/eprocV2/controlador.php?acao=x').id,
            migration: a2f.parseMigrationUri(a2f.buildMigrationUris([{ type: 'totp', secret: a2f.decodeBase32('JBSWY3DPEHPK3PXP'), account: 'a', algorithm: 'SHA1', digits: 6, period: 30 }])[0]).length,
            clock: a2f.createClock({ offsetMs: 5, now: () => 10 }).now(),
          }`,
        resolveDir: dist,
      },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    })
    const context = vm.createContext({
      crypto: {
        getRandomValues: <T extends Uint8Array>(array: T) => globalThis.crypto.getRandomValues(array),
      },
      TextEncoder,
      TextDecoder,
      URL,
      setTimeout,
      clearTimeout,
    })
    vm.runInContext(new TextDecoder().decode(bundle.outputFiles[0]!.contents), context)
    const result = vm.runInContext('result', context)
    expect(result).toEqual({
      sha1: '94287082',
      sha256: '46119246',
      pasted: true,
      parsed: { type: 'totp', algorithm: 'SHA1', digits: 6, period: 30, account: 'joão', issuer: 'TRF4' },
      court: 'trf4-eproc',
      page: 'jfpr-eproc',
      migration: 1,
      clock: 15,
    })
  })
})
