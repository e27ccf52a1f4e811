/**
 * What a court's message means for a robot, in every flow (eproc's `#divMensagem`, Keycloak's
 * `.kc-feedback-text`, e-SAJ's box). The lockout check comes first and is deliberately broad: any
 * mention of "bloque…" (bloqueio, bloqueará, bloqueado) or of a disabled account stops the robot,
 * whatever else the message says.
 *
 * ```ts
 * classifyMessage('Código inválido. Atenção: mais uma tentativa inválida bloqueará o usuário.') // 'lockout'
 * classifyMessage('Código autenticador inválido. Restam 3 tentativas.') // 'code-invalid'
 * classifyMessage('O código informado expirou. Solicite um novo código.') // 'code-expired'
 * ```
 */
export type MessageKind =
  'none' | 'lockout' | 'code-used' | 'code-expired' | 'code-invalid' | 'wrong-password' | 'other'

export function classifyMessage(message: string): MessageKind {
  const text = message.normalize('NFC').trim()
  if (text === '') return 'none'
  if (/bloque/i.test(text)) return 'lockout'
  // Keycloak's brute-force detection: "Conta desativada", "Conta temporariamente desabilitada".
  if (/conta\s+(est[aá]\s+)?(temporariamente\s+)?(desativada|desabilitada)/i.test(text)) return 'lockout'
  if (/j[aá] foi utilizado/i.test(text)) return 'code-used'
  // e-SAJ's e-mail codes: expired, or replaced by a newer one. Not attempts: ask for a new code.
  if (/c[oó]digo[^.]*(expirou|substitu[ií]do por um mais recente)/i.test(text)) return 'code-expired'
  if (/c[oó]digo( autenticador)? inv[aá]lido/i.test(text)) return 'code-invalid'
  if (
    /(usu[aá]rio|login|cpf\/cnpj)( e| ou)( a)? senha inv[aá]lid|senha inv[aá]lida|invalid username or password/i.test(
      text,
    )
  )
    return 'wrong-password'
  return 'other'
}
