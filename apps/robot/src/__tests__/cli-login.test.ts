/**
 * The `login` command in process (runCli): a PGlite store filled from a backup, the real sandbox court
 * and Chromium, and a test clock shared by both. Checks the exit codes of the contract and that no
 * password, passphrase or code is ever written.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateSecret } from '@a2f/core'
import type { SandboxCourt } from '@a2f/sandbox-court'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser/launch-chromium.js'
import { EXIT } from '../cli/exit-codes.js'
import { runCli } from '../cli/run-cli.js'
import { captureOutput } from './support/capture-output.js'
import { codesAround } from './support/codes-around.js'
import { BACKUP_PASSPHRASE, FAST_KDF, makeBackup } from './support/make-backup.js'
import { startCourt } from './support/sandbox-court.js'
import { testClock, type TestClock } from './support/test-clock.js'

const ROBOT_PASSPHRASE = 'frase-do-robô-2026'
const PASSWORD = 'senha-do-tribunal-7'
const key = generateSecret()
const wrongKey = generateSecret()

let dir: string
let court: SandboxCourt
let clock: TestClock
let startedAt: number
const outputs: string[] = []

const env = () => ({
  A2F_ROBOT_PASSPHRASE: ROBOT_PASSPHRASE,
  A2F_BACKUP_PASSPHRASE: BACKUP_PASSPHRASE,
  A2F_ROBOT_DATA_DIR: join(dir, 'dados'),
})

async function cli(args: string[]) {
  const io = captureOutput()
  const code = await runCli(args, env(), io, { kdf: FAST_KDF, clock, launch: () => launchChromium() })
  outputs.push(io.all())
  return { code, io }
}

const credential = (account: string, extra: object = {}) => ({
  systemId: 'sandbox-eproc',
  issuer: 'SANDBOX',
  account,
  secret: key,
  password: PASSWORD,
  ...extra,
})

beforeAll(async () => {
  clock = testClock()
  startedAt = clock.now()
  court = await startCourt({ now: () => clock.now() })
  for (const login of ['ROBO01', 'ROBO02', 'ROBO03']) {
    court.addUser({ login, password: PASSWORD, name: `Dra. ${login}`, totpSecret: key })
  }
  dir = mkdtempSync(join(tmpdir(), 'a2f-robot-cli-login-'))
  const backup = join(dir, 'copia.json')
  writeFileSync(
    backup,
    await makeBackup([
      credential('ROBO01'),
      credential('ROBO02', { password: 'senha-antiga-1' }),
      credential('ROBO03', { secret: wrongKey }),
      credential('ROBO04', { systemId: 'tjxx-eproc' }),
      credential('ROBO05', { systemId: undefined }),
    ]),
  )
  expect((await cli(['import', backup])).code).toBe(EXIT.ok)
})

afterAll(async () => {
  await court?.close()
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
})

describe('login command', () => {
  it('exit 0 and "Login efetuado: <name>"', async () => {
    const { code, io } = await cli(['login', '--account', 'robo01', '--url', court.loginUrl])
    expect(code).toBe(EXIT.ok)
    expect(io.stdout).toEqual(['Login efetuado: Dra. ROBO01'])
    expect(io.stderr).toEqual([
      `Abrindo a página de login: ${court.loginUrl}`,
      'Usuário e senha enviados.',
      'Código de acesso enviado (tentativa 1).',
    ])
  })

  it('exit 4 on a wrong password', async () => {
    const { code, io } = await cli(['login', '--account', 'ROBO02', '--url', court.loginUrl])
    expect(code).toBe(EXIT.wrongPassword)
    expect(io.stderr.at(-1)).toBe(
      'Usuário ou senha inválidos no tribunal para a conta ROBO02. Confira a senha guardada.',
    )
  })

  it('exit 3 at the lockout warning, after 4 codes and no 5th', async () => {
    clock.nextWindowAt(2000)
    const { code, io } = await cli(['login', '--account', 'ROBO03', '--url', court.loginUrl])
    expect(code).toBe(EXIT.lockout)
    expect(io.stderr.filter((line) => line.startsWith('Código de acesso enviado'))).toHaveLength(4)
    expect(io.stderr.filter((line) => line.startsWith('Aguardando'))).toEqual([
      'Aguardando 28 s pelo próximo código (o tribunal recusou o código anterior).',
      'Aguardando 30 s pelo próximo código (o tribunal recusou o código anterior).',
      'Aguardando 30 s pelo próximo código (o tribunal recusou o código anterior).',
    ])
    expect(io.stderr.at(-1)).toBe(
      'Parado sem nova tentativa: o tribunal avisou de bloqueio — “Código inválido. Atenção: mais uma tentativa inválida bloqueará o usuário.”',
    )
  })

  it('exit 5 for an account with no credential, exit 2 when the system is unknown and --url is missing', async () => {
    const missing = await cli(['login', '--account', 'NINGUEM', '--url', court.loginUrl])
    expect(missing.code).toBe(EXIT.credentialNotFound)
    expect(missing.io.stderr).toEqual(['Nenhuma credencial guardada para a conta NINGUEM.'])
    const other = await cli(['login', '--account', 'ROBO01', '--system', 'trf4-eproc'])
    expect(other.code).toBe(EXIT.credentialNotFound)

    const unknown = await cli(['login', '--account', 'ROBO04'])
    expect(unknown.code).toBe(EXIT.usage)
    expect(unknown.io.stderr).toEqual([
      'O sistema tjxx-eproc não está no registro de tribunais: informe a página de login com --url.',
    ])
    const none = await cli(['login', '--account', 'ROBO05'])
    expect(none.code).toBe(EXIT.usage)
  })

  it('never wrote a password, a passphrase or a code', () => {
    const written = outputs.join('\n')
    for (const secret of [PASSWORD, 'senha-antiga-1', ROBOT_PASSPHRASE, BACKUP_PASSPHRASE, key, wrongKey]) {
      expect(written).not.toContain(secret)
    }
    for (const code of [
      ...codesAround(key, startedAt, clock.now()),
      ...codesAround(wrongKey, startedAt, clock.now()),
    ]) {
      expect(written).not.toContain(code)
    }
  })
})
