/** What each court message means, in the words of eproc, Keycloak (TJRS, the PJe SSO) and e-SAJ. */
import { describe, expect, it } from 'vitest'
import { classifyMessage, type MessageKind } from '../index.js'

const TABLE: [string, MessageKind][] = [
  ['', 'none'],
  ['   ', 'none'],
  ['Código inválido. Atenção: mais uma tentativa inválida bloqueará o usuário.', 'lockout'],
  ['Código autenticador inválido. Atenção: mais uma tentativa inválida bloqueará o usuário.', 'lockout'],
  ['Usuário bloqueado por excesso de tentativas inválidas. Procure o suporte do tribunal.', 'lockout'],
  ['Conta temporariamente desabilitada, contate o administrador.', 'lockout'],
  ['Conta desativada.', 'lockout'],
  ['O código informado já foi utilizado. Aguarde o próximo código gerado pelo aplicativo.', 'code-used'],
  ['O código informado já foi utilizado. Solicite um novo código.', 'code-used'],
  ['O código informado expirou. Solicite um novo código.', 'code-expired'],
  ['O código informado foi substituído por um mais recente. Use o último código enviado.', 'code-expired'],
  ['Código inválido. Restam 3 tentativas.', 'code-invalid'],
  ['Código autenticador inválido. Restam 4 tentativas.', 'code-invalid'],
  ['Usuário ou senha inválidos.', 'wrong-password'],
  ['Nome de usuário ou senha inválida.', 'wrong-password'],
  ['Invalid username or password.', 'wrong-password'],
  ['Sua sessão de login expirou. Volte ao sistema e entre novamente.', 'other'],
  ['Enviamos um código de acesso de 6 dígitos para p***@example.com.', 'other'],
]

describe('classifyMessage', () => {
  it.each(TABLE)('%j → %s', (message, kind) => {
    expect(classifyMessage(message)).toBe(kind)
  })

  it('puts a lockout warning first, whatever else the message says', () => {
    expect(classifyMessage('Usuário ou senha inválidos. Mais uma tentativa bloqueará o usuário.')).toBe(
      'lockout',
    )
    expect(classifyMessage('O código já foi utilizado; o usuário foi BLOQUEADO.')).toBe('lockout')
  })
})
