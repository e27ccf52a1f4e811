/**
 * The sandbox's e-SAJ, like esaj.tjsp.jus.br/sajcas/login: `#usernameForm` (CPF/CNPJ),
 * `#passwordForm`, `#pbEntrar`, a certificate tab `#linkAbaCertificado`, then a 6-digit code sent by
 * e-mail at every login to the local mailbox (`#codigoForm`, `#btnValidarCodigo`: the sandbox's own
 * selectors, as no public source shows the real ones), valid for 5 minutes and once. No authenticator:
 * its group is its own and holds nothing.
 *
 * @example
 *   sandboxEsajSystem().twoFactor.method // 'email-code'
 */
import { DEFAULT_ORIGIN, LOGIN_FACTS, SANDBOX_COURT, sandboxFacts, sandboxOrigin } from './common.js'
import type { SandboxCourtSystem } from './shape.js'

export const SANDBOX_ESAJ_SYSTEM_ID = 'sandbox-esaj'

export function sandboxEsajSystem(base: string = DEFAULT_ORIGIN): SandboxCourtSystem {
  const url = `${sandboxOrigin(base)}/sajcas/login`
  return {
    id: SANDBOX_ESAJ_SYSTEM_ID,
    court: { ...SANDBOX_COURT },
    system: 'esaj',
    degree: '1g',
    loginUrl: url,
    authenticatorGroup: 'sandbox-esaj',
    twoFactor: {
      status: 'mandatory',
      method: 'email-code',
      note: 'Código de 6 dígitos enviado por e-mail a cada login (no sandbox, à caixa postal local), válido por 5 minutos e uma única vez.',
    },
    login: {
      flow: 'esaj',
      url,
      selectors: {
        form: '#formLogin',
        username: '#usernameForm',
        password: '#passwordForm',
        submit: '#pbEntrar',
        certificate: '#linkAbaCertificado',
        code: '#codigoForm',
        codeSubmit: '#btnValidarCodigo',
        resendCode: '#btnReenviarCodigo',
        message: '#divMensagem',
      },
      extra: ['certificate-option'],
    },
    provenance: sandboxFacts(['loginUrl', 'twoFactor.status', 'twoFactor.method', ...LOGIN_FACTS]),
  }
}
