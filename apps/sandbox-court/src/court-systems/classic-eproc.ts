/**
 * The classic eproc form of the sandbox (`/eproc/`): user and password, then the code page; enrolment
 * with QR code, key, personal e-mail and activation link. Its authenticator group 'sandbox' is shared
 * with the Keycloak eproc realm: the same account and the same key.
 *
 * @example
 *   sandboxCourtSystem().loginUrl                              // 'http://127.0.0.1:5180/eproc/'
 *   sandboxCourtSystem('http://127.0.0.1:5199/eproc/').login.url
 */
import { LOGIN_FACTS, SANDBOX_COURT, SANDBOX_TOTP, sandboxFacts } from './common.js'
import type { SandboxCourtSystem } from './shape.js'

export const SANDBOX_SYSTEM_ID = 'sandbox-eproc'

/** The classic login page of a court started with the defaults. */
export const DEFAULT_LOGIN_URL = 'http://127.0.0.1:5180/eproc/'

/** The authenticator group of the eproc account (classic form and Keycloak realm). */
export const SANDBOX_EPROC_GROUP = 'sandbox'

export function sandboxCourtSystem(loginUrl: string = DEFAULT_LOGIN_URL): SandboxCourtSystem {
  return {
    id: SANDBOX_SYSTEM_ID,
    court: { ...SANDBOX_COURT },
    system: 'eproc',
    degree: '1g',
    loginUrl,
    authenticatorGroup: SANDBOX_EPROC_GROUP,
    twoFactor: {
      status: 'mandatory',
      method: 'totp',
      totp: { ...SANDBOX_TOTP },
      enrollment: { personalEmailRequired: true, refusedEmailSuffixes: ['jus.br', 'gov.br'] },
    },
    login: {
      flow: 'eproc-form',
      url: loginUrl,
      selectors: {
        username: '#txtUsuario',
        password: '#pwdSenha',
        submit: '#sbmEntrar',
        code: '#txtAcessoCodigo',
        codeSubmit: '#btnValidar',
        saveDevice: '#chkNaoUsar2FA',
        message: '#divMensagem',
      },
      extra: ['save-device'],
    },
    provenance: sandboxFacts([
      'loginUrl',
      'twoFactor.status',
      'twoFactor.totp',
      'twoFactor.enrollment',
      ...LOGIN_FACTS,
    ]),
  }
}
