/**
 * What an eproc message (the text of `#divMensagem`) means for the robot. The lockout check comes
 * first and is deliberately broad: any mention of "bloque…" (bloqueio, bloqueará, bloqueado) stops the
 * robot, whatever else the message says.
 *
 * ```ts
 * classifyMessage('Código inválido. Atenção: mais uma tentativa inválida bloqueará o usuário.') // 'lockout'
 * classifyMessage('Código inválido. Restam 3 tentativas.') // 'code-invalid'
 * ```
 */
export type MessageKind = 'none' | 'lockout' | 'code-used' | 'code-invalid' | 'wrong-password' | 'other'

export function classifyMessage(message: string): MessageKind {
  const text = message.normalize('NFC').trim()
  if (text === '') return 'none'
  if (/bloque/i.test(text)) return 'lockout'
  if (/j[aá] foi utilizado/i.test(text)) return 'code-used'
  if (/c[oó]digo inv[aá]lido/i.test(text)) return 'code-invalid'
  if (/usu[aá]rio ou senha inv[aá]lid/i.test(text)) return 'wrong-password'
  return 'other'
}
