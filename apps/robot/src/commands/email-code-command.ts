/**
 * The e-mailed code of an e-SAJ (or STF) login, for a robot nobody watches: a command of the firm's
 * (`--email-code-command`, or `A2F_EMAIL_CODE_COMMAND`) that reads the lawyer's mailbox, usually over
 * IMAP, and prints the code on its standard output. It runs through `/bin/sh -c`, once per code the
 * court sends, with what it needs to pick the right message in its environment:
 *
 * | variable            | value                                                                   |
 * | ------------------- | ----------------------------------------------------------------------- |
 * | `A2F_SYSTEM_ID`     | the registry system (`tjsp-esaj`, `sandbox-esaj`)                       |
 * | `A2F_LOGIN`         | the court login the code was sent for                                   |
 * | `A2F_CODE_SINCE`    | ms since the epoch just before the court sent it: older messages are old |
 * | `A2F_CODE_SINCE_ISO`| the same instant as ISO 8601 (for IMAP `SINCE` and the like)            |
 * | `A2F_CODE_ATTEMPT`  | 1 for the first code of this run                                        |
 * | `A2F_CODE_REASON`   | `first`, `resent` (the last one was already used) or `refused`          |
 *
 * The command waits for the message itself (polling its mailbox) and must finish within `timeoutMs`
 * (default 120 s). Its output is the code and nothing else: never printed, never in an error; its
 * standard error is not passed on either, since a mail reader's log can quote the message.
 *
 * ```sh
 * A2F_EMAIL_CODE_COMMAND='python3 /opt/escritorio/ler-codigo-imap.py' node dist/cli.js login --account 11122233396
 * ```
 */
import { spawn } from 'node:child_process'
import type { EmailCodeRequest } from '@a2f/court-login'
import { RobotError } from '../cli/robot-error.js'

export const DEFAULT_EMAIL_CODE_TIMEOUT_MS = 120_000

/** Output beyond this is not a code: the command is stopped (a reader that dumps the whole message). */
const MAX_OUTPUT_BYTES = 4096

/** What a court's e-mailed code looks like: letters and digits, 4 to 12 of them. */
const CODE_PATTERN = /^[0-9A-Za-z]{4,12}$/

export interface EmailCodeCommandOptions {
  /** Default 120 000 ms. */
  timeoutMs?: number
  /** The robot's environment, passed on to the command (with the variables above). */
  env?: NodeJS.ProcessEnv
}

export function emailCodeCommand(
  command: string,
  options: EmailCodeCommandOptions = {},
): (request: EmailCodeRequest) => Promise<string> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_EMAIL_CODE_TIMEOUT_MS
  return (request) =>
    new Promise((resolve, reject) => {
      const child = spawn('/bin/sh', ['-c', command], {
        env: {
          ...(options.env ?? process.env),
          A2F_SYSTEM_ID: request.systemId,
          A2F_LOGIN: request.login,
          A2F_CODE_SINCE: String(request.since),
          A2F_CODE_SINCE_ISO: new Date(request.since).toISOString(),
          A2F_CODE_ATTEMPT: String(request.attempt),
          A2F_CODE_REASON: request.reason,
        },
        stdio: ['ignore', 'pipe', 'ignore'],
      })
      let output = ''
      let failure: string | undefined
      const stop = (why: string) => {
        failure ??= why
        child.kill('SIGTERM')
      }
      const timer = setTimeout(() => stop(`não respondeu em ${Math.round(timeoutMs / 1000)} s`), timeoutMs)
      const onAbort = () => stop('foi interrompido')
      request.signal?.addEventListener('abort', onAbort, { once: true })
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk
        if (output.length > MAX_OUTPUT_BYTES) stop('escreveu mais do que um código')
      })
      const done = (error?: RobotError, code?: string) => {
        clearTimeout(timer)
        request.signal?.removeEventListener('abort', onAbort)
        if (error) reject(error)
        else resolve(code ?? '')
      }
      child.on('error', (error) => {
        done(fail(`não pôde ser executado (${(error as { code?: string }).code ?? error.name})`))
      })
      child.on('close', (status, signal) => {
        if (failure !== undefined) return done(fail(failure))
        if (status !== 0) return done(fail(`terminou com ${signal ?? `status ${status ?? '?'}`}`))
        const code = output.trim()
        if (!CODE_PATTERN.test(code))
          return done(fail('não escreveu um código (de 4 a 12 letras ou dígitos, sozinho na saída)'))
        done(undefined, code)
      })
    })
}

function fail(what: string): RobotError {
  // Never the command line (it may hold a mailbox password) nor its output (it may hold a code).
  return new RobotError(`O comando do código por e-mail (--email-code-command) ${what}.`)
}
