/**
 * The `login` command by registry system id, over @a2f/court-login: every flow of the real sandbox
 * court (classic eproc, eproc behind Keycloak, PJe with the SSO hop, e-SAJ with the code read from the
 * sandbox's mailbox by an `--email-code-command`), from credentials stored in PGlite, with codes claimed
 * from the store. Chromium and a test clock shared by the court, the store and the robot.
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
import { PERIOD_MS, testClock, type TestClock } from './support/test-clock.js'

const ROBOT_PASSPHRASE = 'frase-do-robô-fluxos'
const PASSWORD = 'senha-dos-fluxos-9'
const ESAJ_EMAIL = 'saj.robo@example.com'
const USERS = {
  eproc: { login: 'FLUXO01', name: 'Dra. Eproc Clássico' },
  keycloak: { login: 'FLUXO02', name: 'Dra. Eproc Keycloak' },
  pje: { login: '39053344705', name: 'Dr. PJe de Teste' },
  esaj: { login: '11122233396', name: 'Dra. SAJ de Teste' },
}
// One authenticator for the classic eproc and its Keycloak realm (one group, like the 4th Region's).
const key = generateSecret()
const pjeKey = generateSecret()
const wrongKey = generateSecret()

let dir: string
let court: SandboxCourt
let clock: TestClock
let startedAt: number
const outputs: string[] = []

const env = (dataDir = 'dados', extra: Record<string, string> = {}) => ({
  A2F_ROBOT_PASSPHRASE: ROBOT_PASSPHRASE,
  A2F_BACKUP_PASSPHRASE: BACKUP_PASSPHRASE,
  A2F_ROBOT_DATA_DIR: join(dir, dataDir),
  ...extra,
})

async function cli(args: string[], environment = env()) {
  const io = captureOutput()
  const code = await runCli(args, environment, io, {
    kdf: FAST_KDF,
    clock,
    launch: () => launchChromium(),
    emailCodeTimeoutMs: 20_000,
  })
  outputs.push(io.all())
  return { code, io }
}

const login = (account: string, system: string, more: string[] = [], environment = env()) =>
  cli(['login', '--account', account, '--system', system, '--url', `${court.url}/`, ...more], environment)

/** A node script that prints the newest e-SAJ code sent since A2F_CODE_SINCE, read over HTTP. */
function mailboxReader(): string {
  const script = join(dir, 'ler-codigo.mjs')
  writeFileSync(
    script,
    `const since = Number(process.env.A2F_CODE_SINCE)
for (let i = 0; i < 100; i++) {
  const messages = await (await fetch(process.argv[2])).json()
  const fresh = messages.filter((m) => m.kind === 'access-code' && m.sentAt >= since)
  const newest = fresh.sort((a, b) => b.sentAt - a.sentAt)[0]
  if (newest) {
    process.stdout.write(newest.code + '\\n')
    process.exit(0)
  }
  await new Promise((resolve) => setTimeout(resolve, 50))
}
process.exit(3)
`,
  )
  const mailbox = `${court.url}/__sandbox/mensagens?para=${encodeURIComponent(ESAJ_EMAIL)}`
  return `"${process.execPath}" "${script}" '${mailbox}'`
}

const accessCodes = () => court.messages(ESAJ_EMAIL).filter((message) => message.kind === 'access-code')

function freshUsers() {
  court.addUser({ ...USERS.eproc, password: PASSWORD, totpSecret: key })
  court.addUser({ ...USERS.keycloak, password: PASSWORD, totpSecret: key })
  court.addUser({ ...USERS.pje, password: PASSWORD, realm: 'pje', totpSecret: pjeKey })
  court.addUser({ ...USERS.esaj, password: PASSWORD, realm: 'esaj', email: ESAJ_EMAIL })
  clock.nextWindowAt(2000)
  clock.sleeps.length = 0
}

const credential = (systemId: string, account: string, secret: string, extra: object = {}) => ({
  systemId,
  issuer: 'SANDBOX',
  account,
  secret,
  password: PASSWORD,
  ...extra,
})

beforeAll(async () => {
  clock = testClock()
  startedAt = clock.now()
  court = await startCourt({ now: () => clock.now() })
  dir = mkdtempSync(join(tmpdir(), 'a2f-robot-cli-flows-'))
  const backup = join(dir, 'copia.json')
  writeFileSync(
    backup,
    await makeBackup([
      credential('sandbox-eproc', USERS.eproc.login, key),
      // The same court account and key at both systems of the group.
      credential('sandbox-eproc', USERS.keycloak.login, key),
      credential('sandbox-eproc-keycloak', USERS.keycloak.login, key),
      credential('sandbox-pje', USERS.pje.login, pjeKey),
      credential('sandbox-esaj', USERS.esaj.login, generateSecret()),
      credential('sandbox-eproc-keycloak', 'FLUXO03', wrongKey),
      credential('sandbox-pje', 'FLUXO04', pjeKey, { password: 'senha-antiga' }),
      credential('tjrs-eproc-1g', USERS.esaj.login, key),
    ]),
  )
  expect((await cli(['import', backup])).code).toBe(EXIT.ok)
  // A second robot's store (another machine's database) with the classic eproc credential.
  expect((await cli(['import', backup], env('outro-banco'))).code).toBe(EXIT.ok)
})

afterAll(async () => {
  await court?.close()
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
})

describe('login by registry system id, every sandbox flow', () => {
  it("sandbox-eproc: the classic form, at the sandbox's --url", async () => {
    freshUsers()
    const { code, io } = await login(USERS.eproc.login, 'sandbox-eproc')
    expect(code).toBe(EXIT.ok)
    expect(io.stdout).toEqual([`Login efetuado: ${USERS.eproc.name}`])
    expect(io.stderr).toEqual([
      `Abrindo a página de login: ${court.url}/eproc/`,
      'Usuário e senha enviados.',
      'Código de acesso enviado (tentativa 1).',
    ])
  })

  it('sandbox-eproc-keycloak: the realm, its code and the profile choice', async () => {
    freshUsers()
    const { code, io } = await login(USERS.keycloak.login, 'sandbox-eproc-keycloak')
    expect(code).toBe(EXIT.ok)
    expect(io.stdout).toEqual([`Login efetuado: ${USERS.keycloak.name}`])
    expect(io.stderr).toEqual([
      `Abrindo a página de login: ${court.url}/eproc-keycloak/`,
      'Usuário e senha enviados.',
      'Código de acesso enviado (tentativa 1).',
      `Perfil escolhido: ${USERS.keycloak.login} / ADVOGADO`,
    ])
  })

  it('sandbox-pje: through "Entrar com PDPJ" and the national SSO', async () => {
    freshUsers()
    const { code, io } = await login(USERS.pje.login, 'sandbox-pje')
    expect(code).toBe(EXIT.ok)
    expect(io.stdout).toEqual([`Login efetuado: ${USERS.pje.name}`])
    expect(io.stderr).toEqual([
      `Abrindo a página de login: ${court.url}/pje/primeirograu/login.seam`,
      'Seguindo para o login único (SSO).',
      'Usuário e senha enviados.',
      'Código de acesso enviado (tentativa 1).',
    ])
  })

  it('sandbox-esaj: the e-mailed code, read from the mailbox by --email-code-command', async () => {
    freshUsers()
    const before = accessCodes().length
    const { code, io } = await login(USERS.esaj.login, 'sandbox-esaj', [
      '--email-code-command',
      mailboxReader(),
    ])
    expect(code).toBe(EXIT.ok)
    expect(io.stdout).toEqual([`Login efetuado: ${USERS.esaj.name}`])
    expect(io.stderr.slice(1)).toEqual([
      'Usuário e senha enviados.',
      'O tribunal enviou um código por e-mail: lendo com o comando do código por e-mail.',
      'Código recebido por e-mail enviado (tentativa 1).',
    ])
    const sent = accessCodes().slice(before)
    expect(sent).toHaveLength(1)
    expect(io.all()).not.toContain(sent[0]?.code)
  })

  it('sandbox-esaj: A2F_EMAIL_CODE_COMMAND works as the option does', async () => {
    freshUsers()
    const { code } = await login(
      USERS.esaj.login,
      'sandbox-esaj',
      [],
      env('dados', { A2F_EMAIL_CODE_COMMAND: mailboxReader() }),
    )
    expect(code).toBe(EXIT.ok)
  })

  it('sandbox-esaj without a command: exit 2, nothing typed, no code e-mailed', async () => {
    freshUsers()
    const before = accessCodes().length
    const { code, io } = await login(USERS.esaj.login, 'sandbox-esaj')
    expect(code).toBe(EXIT.usage)
    expect(io.stderr.at(-1)).toBe(
      'O sistema sandbox-esaj envia um código por e-mail a cada login: informe o comando que o lê com ' +
        '--email-code-command ou A2F_EMAIL_CODE_COMMAND. Nada foi digitado.',
    )
    expect(accessCodes()).toHaveLength(before)
  })

  it('sandbox-esaj with a command that fails: exit 1, saying so without its output', async () => {
    freshUsers()
    const { code, io } = await login(USERS.esaj.login, 'sandbox-esaj', [
      '--email-code-command',
      'echo 12ab34 senha-imap >&2; exit 7',
    ])
    expect(code).toBe(EXIT.unexpected)
    expect(io.stderr.at(-1)).toBe(
      'O comando do código por e-mail (--email-code-command) terminou com status 7.',
    )
    expect(io.all()).not.toContain('senha-imap')
  })
})

describe('codes claimed from the store', () => {
  it('two systems of one group, one store: the second login waits for a code nobody claimed', async () => {
    freshUsers()
    expect((await login(USERS.keycloak.login, 'sandbox-eproc')).code).toBe(EXIT.ok)
    const second = await login(USERS.keycloak.login, 'sandbox-eproc-keycloak')
    expect(second.code).toBe(EXIT.ok)
    // No "já foi utilizado": the store handed this window's code to the first login only.
    expect(second.io.stderr.filter((line) => line.startsWith('Código de acesso enviado'))).toEqual([
      'Código de acesso enviado (tentativa 1).',
    ])
    expect(second.io.stderr).toContain(
      'Aguardando 28 s pelo próximo código (o código atual está perto de expirar ou já foi reservado por outro robô).',
    )
    expect(clock.sleeps).toEqual([PERIOD_MS - 2000])
  })

  it('a code the court has seen (another database): waits for the next window and logs in', async () => {
    freshUsers()
    expect((await login(USERS.eproc.login, 'sandbox-eproc', [], env('outro-banco'))).code).toBe(EXIT.ok)
    const { code, io } = await login(USERS.eproc.login, 'sandbox-eproc')
    expect(code).toBe(EXIT.ok)
    expect(io.stderr.slice(2)).toEqual([
      'Código de acesso enviado (tentativa 1).',
      'Aguardando 28 s pelo próximo código (o tribunal informou que o código já foi utilizado).',
      'Código de acesso enviado (tentativa 2).',
    ])
  })
})

describe('outcomes and exit codes', () => {
  it('exit 4 on a wrong password (PJe), with no code typed', async () => {
    freshUsers()
    court.addUser({
      login: 'FLUXO04',
      password: PASSWORD,
      name: 'Dr. Senha Nova',
      realm: 'pje',
      totpSecret: pjeKey,
    })
    const { code, io } = await login('FLUXO04', 'sandbox-pje')
    expect(code).toBe(EXIT.wrongPassword)
    expect(io.stderr.filter((line) => line.startsWith('Código'))).toEqual([])
    expect(io.stderr.at(-1)).toBe(
      'Usuário ou senha inválidos no tribunal para a conta FLUXO04. Confira a senha guardada.',
    )
  })

  it('exit 3 at the lockout warning (Keycloak), after 4 codes and no 5th', async () => {
    freshUsers()
    court.addUser({ login: 'FLUXO03', password: PASSWORD, name: 'Dra. Chave Errada', totpSecret: key })
    const { code, io } = await login('FLUXO03', 'sandbox-eproc-keycloak')
    expect(code).toBe(EXIT.lockout)
    expect(io.stderr.filter((line) => line.startsWith('Código de acesso enviado'))).toHaveLength(4)
    expect(io.stderr.at(-1)).toMatch(/^Parado sem nova tentativa: o tribunal avisou de bloqueio — “.*bloque/)
  })

  it('exit 1 when the court changed (a real system whose page is not its flow), nothing typed', async () => {
    freshUsers()
    const before = accessCodes().length
    // TJRS's Keycloak flow pointed at the e-SAJ login: its #username is not there.
    const { code, io } = await cli([
      'login',
      '--account',
      USERS.esaj.login,
      '--system',
      'tjrs-eproc-1g',
      '--url',
      `${court.url}/sajcas/login`,
    ])
    expect(code).toBe(EXIT.unexpected)
    expect(io.stderr.at(-1)).toMatch(
      /^A página do tribunal mudou: não encontrei \S+ \(em usuário e senha, http:\/\/127\.0\.0\.1:\d+\/sajcas\/login\)\. Nada foi digitado nessa página\./,
    )
    expect(accessCodes()).toHaveLength(before)
  })

  it('never wrote a password, a passphrase, a key or a code', () => {
    const written = outputs.join('\n')
    for (const secret of [
      PASSWORD,
      'senha-antiga',
      ROBOT_PASSPHRASE,
      BACKUP_PASSPHRASE,
      key,
      pjeKey,
      wrongKey,
    ]) {
      expect(written).not.toContain(secret)
    }
    for (const code of [
      ...codesAround(key, startedAt, clock.now()),
      ...codesAround(pjeKey, startedAt, clock.now()),
      ...codesAround(wrongKey, startedAt, clock.now()),
      ...court.messages(ESAJ_EMAIL).flatMap((message) => (message.code ? [message.code] : [])),
    ]) {
      expect(written).not.toContain(code)
    }
  })
})
