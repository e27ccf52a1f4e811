/**
 * Every outcome of @a2f/court-login → the robot's line and exit code of the contract (0–5), including
 * those the sandbox court cannot produce through the command line (a captcha).
 */
import type { LoginOutcome } from '@a2f/court-login'
import { describe, expect, it } from 'vitest'
import { EXIT } from '../cli/exit-codes.js'
import { reportOutcome } from '../commands/login-messages.js'
import { captureOutput } from './support/capture-output.js'

const who = { account: 'RS012345', systemId: 'tjrs-eproc-1g' }

describe('reportOutcome', () => {
  it.each<[LoginOutcome, number, string]>([
    [{ kind: 'logged-in', name: 'Dra. Ana' }, EXIT.ok, 'Login efetuado: Dra. Ana'],
    [{ kind: 'logged-in' }, EXIT.ok, 'Login efetuado: RS012345'],
    [
      { kind: 'locked-out', message: 'Usuário bloqueado.' },
      EXIT.lockout,
      'Parado sem nova tentativa: o tribunal avisou de bloqueio — “Usuário bloqueado.”',
    ],
    [
      { kind: 'wrong-password', message: 'Usuário ou senha inválidos.' },
      EXIT.wrongPassword,
      'Usuário ou senha inválidos no tribunal para a conta RS012345. Confira a senha guardada.',
    ],
    [
      { kind: 'needs-email-code' },
      EXIT.usage,
      'O sistema tjrs-eproc-1g envia um código por e-mail a cada login: informe o comando que o lê com ' +
        '--email-code-command ou A2F_EMAIL_CODE_COMMAND. Nada foi digitado.',
    ],
    [
      { kind: 'needs-captcha', step: 'password' },
      EXIT.unexpected,
      'O tribunal pediu um captcha (em usuário e senha): o robô não resolve captchas. Entre uma vez à mão e tente de novo mais tarde.',
    ],
    [
      {
        kind: 'court-changed',
        step: 'code',
        selector: '#otp',
        url: 'https://sso.exemplo/x',
        message: 'Novo!',
      },
      EXIT.unexpected,
      'A página do tribunal mudou: não encontrei #otp (em o código de acesso, https://sso.exemplo/x). ' +
        'Nada foi digitado nessa página. O tribunal dizia: “Novo!”',
    ],
    [
      { kind: 'refused', message: 'Código já utilizado.' },
      EXIT.unexpected,
      'O tribunal não aceitou o login: “Código já utilizado.”',
    ],
  ])('%j → exit %i', (outcome, exit, line) => {
    const io = captureOutput()
    expect(reportOutcome(outcome, who, io)).toBe(exit)
    expect([...io.stdout, ...io.stderr]).toEqual([line])
    expect(outcome.kind === 'logged-in' ? io.stdout : io.stderr).toEqual([line])
  })
})
