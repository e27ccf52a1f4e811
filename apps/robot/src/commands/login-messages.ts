/**
 * What the `login` command says, in pt-BR: a line per progress event (stderr) and, at the end, the
 * outcome with its exit code of the contract (cli/exit-codes.ts). Neither ever holds a password or a
 * code: @a2f/court-login's events and outcomes never do, and these lines add only the account.
 *
 * | outcome            | exit | line                                                           |
 * | ------------------ | ---- | -------------------------------------------------------------- |
 * | `logged-in`        | 0    | `Login efetuado: <nome>` (stdout)                              |
 * | `locked-out`       | 3    | `Parado sem nova tentativa: o tribunal avisou de bloqueio — …` |
 * | `wrong-password`   | 4    | `Usuário ou senha inválidos no tribunal para a conta …`        |
 * | `needs-email-code` | 2    | `… envia um código por e-mail …: informe --email-code-command` |
 * | `needs-captcha`    | 1    | `O tribunal pediu um captcha …`                                |
 * | `court-changed`    | 1    | `A página do tribunal mudou …`                                 |
 * | `refused`          | 1    | `O tribunal não aceitou o login: “…”`                          |
 *
 * ```ts
 * const code = reportOutcome({ kind: 'logged-in', name: 'Dra. Ana' }, { account, systemId }, io) // 0
 * ```
 */
import type { LoginOutcome, LoginProgress, LoginStep } from '@a2f/court-login'
import { EXIT, type ExitCode } from '../cli/exit-codes.js'
import type { Output } from '../cli/output.js'

const STEP: Record<LoginStep, string> = {
  sso: 'o acesso pelo SSO',
  password: 'usuário e senha',
  code: 'o código de acesso',
  'email-code': 'o código enviado por e-mail',
  profile: 'a escolha do perfil',
}

export function describeProgress(event: LoginProgress): string {
  switch (event.kind) {
    case 'opening':
      return `Abrindo a página de login: ${event.url}`
    case 'sso-followed':
      return 'Seguindo para o login único (SSO).'
    case 'password-submitted':
      return 'Usuário e senha enviados.'
    case 'code-submitted':
      return `Código de acesso enviado (tentativa ${event.attempt}).`
    case 'email-code-requested':
      return event.reason === 'first'
        ? 'O tribunal enviou um código por e-mail: lendo com o comando do código por e-mail.'
        : `Pedindo outro código por e-mail (tentativa ${event.attempt}).`
    case 'email-code-submitted':
      return `Código recebido por e-mail enviado (tentativa ${event.attempt}).`
    case 'profile-chosen':
      return `Perfil escolhido: ${event.profile}`
    case 'waiting': {
      const why = {
        // With codes claimed from the store, the current window may also be taken by another robot.
        'window-ending': 'o código atual está perto de expirar ou já foi reservado por outro robô',
        'code-used': 'o tribunal informou que o código já foi utilizado',
        'code-refused': 'o tribunal recusou o código anterior',
      }[event.reason]
      return `Aguardando ${Math.ceil(event.ms / 1000)} s pelo próximo código (${why}).`
    }
  }
}

export function reportOutcome(
  outcome: LoginOutcome,
  who: { account: string; systemId: string },
  io: Output,
): ExitCode {
  switch (outcome.kind) {
    case 'logged-in':
      io.out(`Login efetuado: ${outcome.name || who.account}`)
      return EXIT.ok
    case 'locked-out':
      io.err(`Parado sem nova tentativa: o tribunal avisou de bloqueio — “${outcome.message}”`)
      return EXIT.lockout
    case 'wrong-password':
      io.err(`Usuário ou senha inválidos no tribunal para a conta ${who.account}. Confira a senha guardada.`)
      return EXIT.wrongPassword
    case 'needs-email-code':
      io.err(
        `O sistema ${who.systemId} envia um código por e-mail a cada login: informe o comando que o lê ` +
          'com --email-code-command ou A2F_EMAIL_CODE_COMMAND. Nada foi digitado.',
      )
      return EXIT.usage
    case 'needs-captcha':
      io.err(
        `O tribunal pediu um captcha (em ${STEP[outcome.step]}): o robô não resolve captchas. ` +
          'Entre uma vez à mão e tente de novo mais tarde.',
      )
      return EXIT.unexpected
    case 'court-changed':
      io.err(
        `A página do tribunal mudou: não encontrei ${outcome.selector} (em ${STEP[outcome.step]}, ` +
          `${outcome.url}). Nada foi digitado nessa página.` +
          (outcome.message ? ` O tribunal dizia: “${outcome.message}”` : ''),
      )
      return EXIT.unexpected
    case 'refused':
      io.err(`O tribunal não aceitou o login: “${outcome.message}”`)
      return EXIT.unexpected
  }
}
