/**
 * The built command line end to end, as a scheduler runs it: `node dist/cli.js import` then `login`,
 * configured by environment variables only, against the real sandbox court on real time (so the robot
 * may wait up to 5 s for a fresh window: at most one).
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSecret } from '@a2f/core'
import type { SandboxCourt } from '@a2f/sandbox-court'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { codesAround } from './support/codes-around.js'
import { BACKUP_PASSPHRASE, makeBackup } from './support/make-backup.js'
import { startCourt } from './support/sandbox-court.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const cliPath = join(root, 'dist/cli.js')
const ROBOT_PASSPHRASE = 'frase-do-robô-cli'
const PASSWORD = 'senha-do-tribunal-cli'
const key = generateSecret()

let dir: string
let court: SandboxCourt

beforeAll(async () => {
  checkBuilt()
  court = await startCourt()
  court.addUser({ login: 'RS099999', password: PASSWORD, name: 'Dra. Conceição Araújo', totpSecret: key })
  dir = mkdtempSync(join(tmpdir(), 'a2f-robot-cli-'))
})

afterAll(async () => {
  await court?.close()
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
})

/** dist/cli.js must exist and be newer than every source file: an old build would test old code. */
function checkBuilt() {
  const hint = 'run `npx tsup` in apps/robot first (turbo: the test task needs this package built)'
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: ${hint}`)
  const built = statSync(cliPath).mtimeMs
  const sources = (readdirSync(join(root, 'src'), { recursive: true }) as string[]).filter(
    (file) => file.endsWith('.ts') && !file.includes('__tests__'),
  )
  const newer = sources.filter((file) => statSync(join(root, 'src', file)).mtimeMs > built)
  if (newer.length > 0) throw new Error(`dist/cli.js is older than src/${newer[0]}: ${hint}`)
}

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // Only what the robot needs: no A2F_DATABASE_URL from the developer's shell, for instance.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    A2F_ROBOT_PASSPHRASE: ROBOT_PASSPHRASE,
    A2F_BACKUP_PASSPHRASE: BACKUP_PASSPHRASE,
    A2F_ROBOT_DATA_DIR: join(dir, 'dados'),
    ...(process.env.CHROMIUM_PATH === undefined ? {} : { CHROMIUM_PATH: process.env.CHROMIUM_PATH }),
  }
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cliPath, ...args],
      { env, cwd: dir, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1
        resolve({ code, stdout, stderr })
      },
    )
  })
}

// Three processes, each opening PGlite and deriving the vault key, then Chromium: seconds alone, a minute
// or more when the test command runs every package at once on two cores.
it('imports a backup and logs in from the command line (exit 0)', { timeout: 240_000 }, async () => {
  const startedAt = Date.now()
  const backup = join(dir, 'copia.a2f-backup.json')
  writeFileSync(
    backup,
    await makeBackup([
      { systemId: 'sandbox-eproc', issuer: 'SANDBOX', account: 'RS099999', secret: key, password: PASSWORD },
    ]),
  )

  const imported = await run(['import', backup])
  expect(imported.stderr).toMatch(/^Cofre novo criado \(PGlite em .*dados\)\.\n$/)
  expect(imported).toMatchObject({ code: 0, stdout: '1 credencial importada:\n  SANDBOX · RS099999\n' })

  const listed = await run(['list'])
  expect(listed.code).toBe(0)
  expect(listed.stdout).toMatch(/^[0-9a-f-]{36}\tsandbox-eproc\tSANDBOX\tRS099999\tpendente\n$/)

  const screenshot = join(dir, 'painel.png')
  const login = await run([
    'login',
    '--account',
    'RS099999',
    '--url',
    court.loginUrl,
    '--screenshot',
    screenshot,
  ])
  expect(login.stderr).toContain(`Abrindo a página de login: ${court.loginUrl}`)
  expect(login).toMatchObject({ code: 0, stdout: 'Login efetuado: Dra. Conceição Araújo\n' })
  expect(readFileSync(screenshot).subarray(1, 4).toString()).toBe('PNG')

  const written = [imported, listed, login].map((result) => result.stdout + result.stderr).join('\n')
  for (const secret of [
    PASSWORD,
    ROBOT_PASSPHRASE,
    BACKUP_PASSPHRASE,
    key,
    ...codesAround(key, startedAt, Date.now()),
  ]) {
    expect(written).not.toContain(secret)
  }
})

it('exits 2 on a usage error, saying what is missing', async () => {
  const result = await run(['login'])
  expect(result).toMatchObject({ code: 2, stdout: '' })
  expect(result.stderr).toBe('Informe a conta no tribunal: login --account <usuário>.\n')
})
