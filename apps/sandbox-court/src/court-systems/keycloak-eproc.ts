/**
 * The sandbox's eproc behind a Keycloak realm, like TJRS (keycloak-eks.tjrs.jus.br/realms/eproc):
 * `/eproc-keycloak/` sends the browser to `/realms/eproc/…` (`#username`, `#password`, `#kc-login`,
 * then `#otp`, `#saveDevice`, `#kc-login`), then "Seleção de perfil", then the panel. A user without an
 * authenticator configures one at the first login ("Configurar autenticador móvel"). Same account and
 * same authenticator as the classic form: one authenticator group.
 *
 * @example
 *   sandboxKeycloakSystem().login.url // 'http://127.0.0.1:5180/eproc-keycloak/'
 */
import { SANDBOX_EPROC_GROUP } from './classic-eproc.js'
import {
  DEFAULT_ORIGIN,
  LOGIN_FACTS,
  SANDBOX_COURT,
  SANDBOX_TOTP,
  sandboxFacts,
  sandboxOrigin,
} from './common.js'
import type { SandboxCourtSystem } from './shape.js'

export const SANDBOX_KEYCLOAK_SYSTEM_ID = 'sandbox-eproc-keycloak'

export function sandboxKeycloakSystem(base: string = DEFAULT_ORIGIN): SandboxCourtSystem {
  const url = `${sandboxOrigin(base)}/eproc-keycloak/`
  return {
    id: SANDBOX_KEYCLOAK_SYSTEM_ID,
    court: { ...SANDBOX_COURT },
    system: 'eproc',
    degree: '1g',
    loginUrl: url,
    authenticatorGroup: SANDBOX_EPROC_GROUP,
    twoFactor: {
      status: 'mandatory',
      method: 'totp',
      totp: { ...SANDBOX_TOTP },
      note: 'Login pelo Keycloak (realm eproc). Mesma conta e mesmo autenticador do eproc clássico do sandbox; quem não tem autenticador o configura no primeiro login.',
    },
    login: {
      flow: 'keycloak',
      url,
      realm: 'eproc',
      selectors: {
        form: '#kc-form-login',
        username: '#username',
        password: '#password',
        submit: '#kc-login',
        certificate: '#kc-login-certificate',
        code: '#otp',
        codeSubmit: '#kc-login',
        saveDevice: '#saveDevice',
        message: '.kc-feedback-text',
        profile: 'button[data-descricao]',
        enrolQr: '#kc-totp-secret-qr-code',
        enrolKey: '#kc-totp-secret-key',
        enrolCode: '#totp',
        enrolSubmit: '#saveTOTPBtn',
      },
      extra: ['save-device', 'profile-choice', 'certificate-option'],
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
