/**
 * Command line → what to do, with node:util's parseArgs. Every mistake is a usage error (exit 2) in
 * pt-BR that names the option, never the value (a value could be a URL with a database password).
 *
 * ```ts
 * parseCommand(['login', '--account', 'RS012345'], process.env)
 * // { name: 'login', account: 'RS012345', store: { kind: 'pglite', dataDir: '/…/.a2f-robot' } }
 * ```
 */
import { parseArgs } from 'node:util'
import { resolveStoreLocation, type Environment, type StoreLocation } from '../store/store-location.js'
import { usageError } from './robot-error.js'

export type RobotCommand =
  | { name: 'help' }
  | { name: 'import'; file: string; store: StoreLocation }
  | { name: 'list'; store: StoreLocation }
  | {
      name: 'login'
      account: string
      system?: string
      url?: string
      screenshot?: string
      /** `--email-code-command`, else `A2F_EMAIL_CODE_COMMAND`: prints the code a court e-mailed. */
      emailCodeCommand?: string
      profile?: string
      store: StoreLocation
    }

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  'data-dir': { type: 'string' },
  database: { type: 'string' },
  account: { type: 'string' },
  system: { type: 'string' },
  url: { type: 'string' },
  screenshot: { type: 'string' },
  'email-code-command': { type: 'string' },
  profile: { type: 'string' },
} as const

type OptionName = keyof typeof OPTIONS

const STORE_OPTIONS: OptionName[] = ['help', 'data-dir', 'database']
const ALLOWED: Record<Exclude<RobotCommand['name'], 'help'>, OptionName[]> = {
  import: STORE_OPTIONS,
  list: STORE_OPTIONS,
  login: [...STORE_OPTIONS, 'account', 'system', 'url', 'screenshot', 'email-code-command', 'profile'],
}

export function parseCommand(args: readonly string[], env: Environment, cwd?: string): RobotCommand {
  const { values, positionals } = parse(args)
  if (values.help === true) return { name: 'help' }
  const [name, ...rest] = positionals
  if (name === undefined) throw usageError('Informe um comando: import, list ou login (veja --help).')
  if (name === 'help') return { name: 'help' }
  if (name !== 'import' && name !== 'list' && name !== 'login') {
    throw usageError('Comando desconhecido: use import, list ou login (veja --help).')
  }
  for (const option of Object.keys(values) as OptionName[]) {
    if (!ALLOWED[name].includes(option))
      throw usageError(`A opção --${option} não se aplica ao comando ${name}.`)
  }
  const store = resolveStoreLocation({ database: values.database, dataDir: values['data-dir'] }, env, cwd)

  if (name === 'import') {
    const [file, ...extra] = rest
    if (file === undefined || file.trim() === '') {
      throw usageError('Informe o arquivo da cópia de segurança: import <arquivo.json>.')
    }
    if (extra.length > 0) throw usageError('O comando import recebe um único arquivo.')
    return { name, file, store }
  }
  if (rest.length > 0) throw usageError(`O comando ${name} não recebe argumentos soltos (veja --help).`)
  if (name === 'list') return { name, store }

  const account = values.account?.trim()
  if (account === undefined || account === '') {
    throw usageError('Informe a conta no tribunal: login --account <usuário>.')
  }
  return {
    name,
    account,
    store,
    ...optional('system', values.system),
    ...(values.url === undefined ? {} : { url: loginUrl(values.url) }),
    ...optional('screenshot', values.screenshot),
    ...optional('emailCodeCommand', values['email-code-command'] ?? nonEmpty(env.A2F_EMAIL_CODE_COMMAND)),
    ...optional('profile', values.profile),
  }
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw usageError(describeParseError(error))
  }
}

/** parseArgs' English messages → pt-BR, quoting option names only. */
function describeParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code
  const message = error instanceof Error ? error.message : ''
  const option = /'(--?[a-z][a-z-]*)/i.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return option === undefined
      ? 'Opção desconhecida (veja --help).'
      : `Opção desconhecida: ${option} (veja --help).`
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return option === undefined ? 'Uma opção está sem valor.' : `A opção ${option} precisa de um valor.`
  }
  return 'Argumentos inválidos (veja --help).'
}

/** An environment variable set to '' counts as unset, as shells often leave them. */
const nonEmpty = (value: string | undefined) => (value?.trim() === '' ? undefined : value)

const OPTION_NAME: Record<string, string> = { emailCodeCommand: 'email-code-command' }

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  const trimmed = value?.trim()
  if (value !== undefined && trimmed === '')
    throw usageError(`A opção --${OPTION_NAME[key] ?? key} não pode ser vazia.`)
  return (trimmed === undefined ? {} : { [key]: trimmed }) as { [P in K]?: string }
}

function loginUrl(text: string): string {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    throw usageError('--url deve ser o endereço completo da página de login (http:// ou https://).')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw usageError('--url deve ser o endereço completo da página de login (http:// ou https://).')
  }
  return url.href
}
