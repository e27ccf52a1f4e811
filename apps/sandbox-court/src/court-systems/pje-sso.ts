/**
 * The sandbox's PJe court with the national SSO hop, like pje.trtN.jus.br: `login.seam` →
 * `#btnSsoPdpj` → the SSO realm `/auth/realms/pje` (`#username` = CPF, `#password`, `#kc-login`, then
 * `#otp`, `#kc-login`) → `authenticateSSO.seam` → the panel. The first access configures the
 * authenticator: QR code, and the key behind "Não foi possível ler o código QR?" (`#mode-manual`).
 * PJe's users and authenticator are its own.
 *
 * @example
 *   sandboxPjeSystem().login.url // 'http://127.0.0.1:5180/pje/primeirograu/login.seam'
 */
import {
  DEFAULT_ORIGIN,
  LOGIN_FACTS,
  SANDBOX_COURT,
  SANDBOX_TOTP,
  sandboxFacts,
  sandboxOrigin,
} from './common.js'
import type { SandboxCourtSystem } from './shape.js'

export const SANDBOX_PJE_SYSTEM_ID = 'sandbox-pje'

export function sandboxPjeSystem(base: string = DEFAULT_ORIGIN): SandboxCourtSystem {
  const url = `${sandboxOrigin(base)}/pje/primeirograu/login.seam`
  return {
    id: SANDBOX_PJE_SYSTEM_ID,
    court: { ...SANDBOX_COURT },
    system: 'pje',
    degree: '1g',
    loginUrl: url,
    authenticatorGroup: 'sandbox-pje',
    twoFactor: {
      status: 'mandatory',
      method: 'totp',
      totp: { ...SANDBOX_TOTP },
      note: 'Login pelo SSO nacional do PJe (realm pje). No primeiro acesso, o código QR; a chave aparece em "Não foi possível ler o código QR?".',
    },
    login: {
      flow: 'pje-sso',
      url,
      realm: 'pje',
      selectors: {
        sso: '#btnSsoPdpj',
        form: '#kc-form-login',
        username: '#username',
        password: '#password',
        submit: '#kc-login',
        code: '#otp',
        codeSubmit: '#kc-login',
        message: '.kc-feedback-text',
        enrolQr: '#kc-totp-secret-qr-code',
        enrolShowKey: '#mode-manual',
        enrolKey: '#kc-totp-secret-key',
        enrolCode: '#totp',
        enrolSubmit: '#saveTOTPBtn',
      },
      extra: [],
    },
    provenance: sandboxFacts([
      'loginUrl',
      'twoFactor.status',
      'twoFactor.totp',
      ...LOGIN_FACTS,
      'login.realm',
    ]),
  }
}
