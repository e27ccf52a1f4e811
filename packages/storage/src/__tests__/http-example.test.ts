import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { totp } from '@a2f/core'
import { build } from 'esbuild'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createHttpStore } from '../http.js'
import { COURT_KEY, COURT_KEY_BYTES, expectStorageError } from './contract/store-contract.js'
import { waitFor } from './http-support.js'

/**
 * Runs examples/http-server.mjs as users do, with `node`, but against the current sources: the storage
 * test task does not build this package first, and a stale dist would test old code. So the package's
 * two entries are bundled from src with esbuild into a temporary directory, and a module resolve hook
 * (`node --import`) maps '@a2f/storage' and '@a2f/storage/http' there. The example itself is unchanged.
 */

const packageDir = fileURLToPath(new URL('../..', import.meta.url))
let bundleDir: string
const children: ChildProcess[] = []

beforeAll(async () => {
  bundleDir = await mkdtemp(join(tmpdir(), 'a2f-example-'))
  await build({
    entryPoints: { index: join(packageDir, 'src/index.ts'), http: join(packageDir, 'src/http.ts') },
    outdir: bundleDir,
    bundle: true,
    splitting: true, // one copy of shared modules, as the published build has
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  })
  const map = {
    '@a2f/storage': pathToFileURL(join(bundleDir, 'index.js')).href,
    '@a2f/storage/http': pathToFileURL(join(bundleDir, 'http.js')).href,
  }
  await writeFile(
    join(bundleDir, 'hooks.mjs'),
    `const map = ${JSON.stringify(map)}
export async function resolve(specifier, context, next) {
  return Object.hasOwn(map, specifier) ? { url: map[specifier], shortCircuit: true } : next(specifier, context)
}
`,
  )
  await writeFile(
    join(bundleDir, 'register.mjs'),
    `import { register } from 'node:module'\nregister('./hooks.mjs', import.meta.url)\n`,
  )
}, 30_000)

afterAll(async () => {
  await rm(bundleDir, { recursive: true, force: true })
})

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
})

interface Running {
  child: ChildProcess
  baseUrl: string
  stdout: () => string
  stderr: () => string
  exited: Promise<number | null>
}

/** Starts the example on a free port (PORT=0) and waits for the address it prints. */
async function startExample(env: Record<string, string>): Promise<Running> {
  const child = spawn(
    process.execPath,
    ['--import', pathToFileURL(join(bundleDir, 'register.mjs')).href, 'examples/http-server.mjs'],
    { cwd: packageDir, env: { PATH: process.env.PATH ?? '', PORT: '0', ...env }, stdio: 'pipe' },
  )
  children.push(child)
  let stdout = ''
  let stderr = ''
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text))
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const started = Date.now()
  for (;;) {
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/api\/a2f)/.exec(stdout)
    if (match !== null)
      return { child, baseUrl: match[1]!, stdout: () => stdout, stderr: () => stderr, exited }
    if (child.exitCode !== null || Date.now() - started > 15_000) {
      throw new Error(`the example did not start (exit ${child.exitCode}):\n${stdout}\n${stderr}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('examples/http-server.mjs', () => {
  it('starts with a development key and token, serves codes but not keys, and stops on SIGTERM', async () => {
    const example = await startExample({})
    expect(example.stderr()).toContain('A2F_MASTER_KEYS is not set')
    const token = /Development token \(tenant dev, user developer\): (\S+)/.exec(example.stdout())?.[1]
    expect(token).toBeDefined()
    const store = createHttpStore({ baseUrl: example.baseUrl, headers: { authorization: `Bearer ${token}` } })
    expect(await store.session()).toEqual({ tenant: 'dev', user: 'developer', secrets: 'codes-only' })
    const created = await store.create({ issuer: 'TRF4', account: 'RS012345', secret: COURT_KEY })
    expect(created.createdBy).toBe('developer')
    const { codes } = await store.codes({ timestamp: 59_000 })
    expect(codes.map((code) => code.code)).toEqual([totp(COURT_KEY_BYTES, { timestamp: 59_000 })])
    await expectStorageError(store.get(created.id), 'SECRET_WITHHELD')
    const anonymous = createHttpStore({ baseUrl: example.baseUrl })
    await expectStorageError(anonymous.list(), 'UNAUTHORIZED')

    // An open event stream must not hold the shutdown up for long.
    const events: unknown[] = []
    const unsubscribe = store.subscribe((event) => events.push(event))
    await store.create({ issuer: 'TJRS', account: 'x', secret: COURT_KEY })
    await waitFor(() => events.length === 1)
    example.child.kill('SIGTERM')
    expect(await example.exited).toBe(0)
    unsubscribe()
  }, 30_000)

  it('takes master keys, tokens and the secrets mode from the environment', async () => {
    const key = Buffer.alloc(32, 7).toString('base64')
    const example = await startExample({
      A2F_MASTER_KEYS: `2026-11:${key}`,
      A2F_TOKENS: 'alpha:firm-a:ana, beta:firm-b:bruno',
      A2F_SECRETS: 'reveal',
    })
    expect(example.stderr()).toBe('')
    expect(example.stdout()).not.toContain('Development token')
    const ana = createHttpStore({ baseUrl: example.baseUrl, headers: { authorization: 'Bearer alpha' } })
    const bruno = createHttpStore({ baseUrl: example.baseUrl, headers: { authorization: 'Bearer beta' } })
    expect((await bruno.session()).tenant).toBe('firm-b')
    const created = await ana.create({ issuer: 'TRF4', account: 'RS012345', secret: COURT_KEY })
    expect(created.keyId).toBe('2026-11')
    expect(Array.from((await ana.get(created.id)).secret)).toEqual(Array.from(COURT_KEY_BYTES))
    expect(await bruno.list()).toEqual([])
    example.child.kill('SIGINT')
    expect(await example.exited).toBe(0)
  }, 30_000)
})
