import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT } from '../cli/exit-codes.js'
import { parseCommand } from '../cli/parse-command.js'
import { RobotError } from '../cli/robot-error.js'

const cwd = '/srv/robot'

function usage(args: string[], env: Record<string, string> = {}): string {
  try {
    parseCommand(args, env, cwd)
  } catch (error) {
    expect(error).toBeInstanceOf(RobotError)
    expect((error as RobotError).exitCode).toBe(EXIT.usage)
    return (error as RobotError).message
  }
  throw new Error(`expected a usage error for ${args.join(' ')}`)
}

describe('parseCommand', () => {
  it('reads login with its options, the store defaulting to PGlite in ./.a2f-robot', () => {
    expect(
      parseCommand(
        ['login', '--account', ' RS012345 ', '--system', 'trf4-eproc', '--screenshot', 'fim.png'],
        {},
        cwd,
      ),
    ).toEqual({
      name: 'login',
      account: 'RS012345',
      system: 'trf4-eproc',
      screenshot: 'fim.png',
      store: { kind: 'pglite', dataDir: resolve(cwd, '.a2f-robot') },
    })
  })

  it('reads the e-mail code command from --email-code-command, else A2F_EMAIL_CODE_COMMAND', () => {
    const env = { A2F_EMAIL_CODE_COMMAND: 'ler-imap --conta saj' }
    expect(parseCommand(['login', '--account', 'A'], env, cwd)).toMatchObject({
      emailCodeCommand: 'ler-imap --conta saj',
    })
    expect(
      parseCommand(
        ['login', '--account', 'A', '--email-code-command', 'outro', '--profile', 'ADV'],
        env,
        cwd,
      ),
    ).toMatchObject({ emailCodeCommand: 'outro', profile: 'ADV' })
    expect(
      parseCommand(['login', '--account', 'A'], { A2F_EMAIL_CODE_COMMAND: ' ' }, cwd),
    ).not.toHaveProperty('emailCodeCommand')
    expect(usage(['login', '--account', 'A', '--email-code-command', ' '])).toBe(
      'A opção --email-code-command não pode ser vazia.',
    )
    expect(usage(['list', '--email-code-command', 'x'])).toBe(
      'A opção --email-code-command não se aplica ao comando list.',
    )
  })

  it('normalises --url and refuses what is not an http(s) address', () => {
    const command = parseCommand(
      ['login', '--account', 'A', '--url', 'http://127.0.0.1:5180/eproc/'],
      {},
      cwd,
    )
    expect(command).toMatchObject({ url: 'http://127.0.0.1:5180/eproc/' })
    expect(usage(['login', '--account', 'A', '--url', 'eproc.trf4.jus.br'])).toMatch(/--url/)
    expect(usage(['login', '--account', 'A', '--url', 'file:///etc/passwd'])).toMatch(/--url/)
  })

  it('reads import with its file, and list', () => {
    expect(parseCommand(['import', 'copia.json'], {}, cwd)).toMatchObject({
      name: 'import',
      file: 'copia.json',
    })
    expect(parseCommand(['list'], {}, cwd)).toMatchObject({ name: 'list' })
  })

  it('chooses PostgreSQL by --database or A2F_DATABASE_URL, and PGlite by --data-dir or A2F_ROBOT_DATA_DIR', () => {
    const url = 'postgres://robot:segredo@db.local/a2f'
    expect(parseCommand(['list', '--database', url], {}, cwd)).toMatchObject({
      store: { kind: 'postgres', url },
    })
    expect(parseCommand(['list'], { A2F_DATABASE_URL: url }, cwd)).toMatchObject({
      store: { kind: 'postgres', url },
    })
    expect(parseCommand(['list'], { A2F_ROBOT_DATA_DIR: 'dados' }, cwd)).toMatchObject({
      store: { kind: 'pglite', dataDir: resolve(cwd, 'dados') },
    })
    // An explicit flag wins over the environment.
    expect(parseCommand(['list', '--data-dir', '/tmp/r'], { A2F_DATABASE_URL: url }, cwd)).toMatchObject({
      store: { kind: 'pglite', dataDir: '/tmp/r' },
    })
    // Empty variables count as unset.
    expect(parseCommand(['list'], { A2F_DATABASE_URL: '', A2F_ROBOT_DATA_DIR: '' }, cwd)).toMatchObject({
      store: { kind: 'pglite', dataDir: resolve(cwd, '.a2f-robot') },
    })
  })

  it('refuses a database URL that is not PostgreSQL without quoting it', () => {
    const message = usage(['list', '--database', 'mysql://root:segredo@db/a2f'])
    expect(message).toMatch(/--database/)
    expect(message).not.toContain('segredo')
    expect(usage(['list', '--database', 'postgres://x/y', '--data-dir', 'd'])).toMatch(/não os dois/)
  })

  it('answers --help and help, anywhere', () => {
    expect(parseCommand(['--help'], {}, cwd)).toEqual({ name: 'help' })
    expect(parseCommand(['login', '-h'], {}, cwd)).toEqual({ name: 'help' })
    expect(parseCommand(['help'], {}, cwd)).toEqual({ name: 'help' })
  })

  it('explains every usage mistake in pt-BR', () => {
    expect(usage([])).toMatch(/Informe um comando/)
    expect(usage(['entrar'])).toMatch(/Comando desconhecido/)
    expect(usage(['login'])).toMatch(/--account/)
    expect(usage(['login', '--account', '  '])).toMatch(/--account/)
    expect(usage(['login', '--account'])).toBe('A opção --account precisa de um valor.')
    expect(usage(['list', '--verbose'])).toBe('Opção desconhecida: --verbose (veja --help).')
    expect(usage(['list', '--account', 'RS1'])).toBe('A opção --account não se aplica ao comando list.')
    expect(usage(['import'])).toMatch(/arquivo/)
    expect(usage(['import', 'a.json', 'b.json'])).toMatch(/único arquivo/)
    expect(usage(['list', 'extra'])).toMatch(/argumentos soltos/)
    expect(usage(['login', '--account', 'A', '--system', ''])).toMatch(/--system/)
  })
})
