import { describe, expect, it } from 'vitest'
import { classifyMessage } from '../login/eproc-messages.js'

describe('classifyMessage', () => {
  it.each([
    ['', 'none'],
    ['  ', 'none'],
    ['Código inválido. Restam 3 tentativas.', 'code-invalid'],
    ['Código inválido. Atenção: mais uma tentativa inválida bloqueará o usuário.', 'lockout'],
    ['Usuário bloqueado por excesso de tentativas inválidas. Procure o suporte do tribunal.', 'lockout'],
    ['Risco de bloqueio do usuário.', 'lockout'],
    ['O código informado já foi utilizado. Aguarde o próximo código gerado pelo aplicativo.', 'code-used'],
    ['Usuário ou senha inválidos.', 'wrong-password'],
    ['A autenticação em 2 fatores ainda não foi ativada para o seu usuário.', 'other'],
  ] as const)('%j → %s', (message, kind) => {
    expect(classifyMessage(message)).toBe(kind)
  })

  it('reads decomposed accents (NFD) like composed ones', () => {
    expect(classifyMessage('Código inválido. Restam 2 tentativas.'.normalize('NFD'))).toBe('code-invalid')
    expect(classifyMessage('mais uma tentativa bloqueará'.normalize('NFD'))).toBe('lockout')
  })
})
