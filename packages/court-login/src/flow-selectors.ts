/**
 * The flows this package drives and each one's usual selectors, as research/courts-2026-12.md §3 and
 * public robots show them. A system's registry `login.selectors` override these one by one: the
 * registry lists only what sources show for that system, the flow fills in the rest.
 *
 * Names beyond core's `CourtLoginSelectorName`: 'message' (where the court says what went wrong),
 * 'loggedIn' (present only once logged in: the "Sair" link), 'profile' (a "Seleção de perfil" button,
 * carrying `data-descricao`), 'enrol' (the first-login "Configurar autenticador" page), 'resendCode'.
 *
 * ```ts
 * selectorsFor(system.login) // { username: '#username', …, ...system.login.selectors }
 * ```
 */
import type { CourtLogin } from '@a2f/core'

export type DrivenFlow = 'eproc-form' | 'keycloak' | 'pje-sso' | 'email-code'

export interface FlowSelectors {
  username: string
  password: string
  submit: string
  code: string
  codeSubmit: string
  message: string
  loggedIn: string
  captcha: string
  saveDevice?: string
  sso?: string
  profile?: string
  enrol?: string
  resendCode?: string
}

/** InfraCaptcha (eproc), reCAPTCHA, hCaptcha and Cloudflare Turnstile: what a robot must not try. */
const CAPTCHA =
  '#txtInfraCaptcha, #imgInfraCaptcha, .g-recaptcha, .h-captcha, .cf-turnstile, ' +
  'iframe[src*="recaptcha"], iframe[src*="hcaptcha"], iframe[src*="challenges.cloudflare.com"]'

const KEYCLOAK = {
  username: '#username',
  password: '#password',
  submit: '#kc-login',
  code: '#otp',
  codeSubmit: '#kc-login',
  message: '.kc-feedback-text',
  captcha: CAPTCHA,
  // Keycloak's "Configurar autenticador móvel" (a user without an authenticator yet).
  enrol: '#kc-totp-secret-qr-code, #saveTOTPBtn',
} as const

export const DEFAULT_SELECTORS: Record<DrivenFlow, FlowSelectors> = {
  'eproc-form': {
    username: '#txtUsuario',
    password: '#pwdSenha',
    submit: '#sbmEntrar',
    code: '#txtAcessoCodigo',
    codeSubmit: '#btnValidar',
    saveDevice: '#chkNaoUsar2FA',
    message: '#divMensagem',
    loggedIn: '#lnkSair',
    captcha: CAPTCHA,
  },
  keycloak: {
    ...KEYCLOAK,
    saveDevice: '#saveDevice',
    profile: 'button[data-descricao]',
    loggedIn: '#lnkSair',
  },
  'pje-sso': {
    ...KEYCLOAK,
    sso: '#btnSsoPdpj',
    loggedIn: '#lnkSair',
  },
  'email-code': {
    username: '#usernameForm',
    password: '#passwordForm',
    submit: '#pbEntrar',
    code: '#codigoForm',
    codeSubmit: '#btnValidarCodigo',
    resendCode: '#btnReenviarCodigo',
    message: '#divMensagem, #mensagemRetorno, .mensagem',
    loggedIn: '#lnkSair',
    captcha: CAPTCHA,
  },
}

/** The flow a registry `login.flow` names, or undefined for one this package does not drive. */
export function drivenFlow(flow: string): DrivenFlow | undefined {
  if (flow === 'esaj' || flow === 'email-code') return 'email-code'
  if (flow === 'eproc-form' || flow === 'keycloak' || flow === 'pje-sso') return flow
  return undefined
}

/** The flow's defaults with the system's own selectors (and the caller's) over them. */
export function selectorsFor(
  flow: DrivenFlow,
  login: CourtLogin,
  overrides: Readonly<Record<string, string>> = {},
): FlowSelectors {
  const merged: Record<string, string> = { ...DEFAULT_SELECTORS[flow] }
  for (const source of [login.selectors ?? {}, overrides])
    for (const [name, selector] of Object.entries(source)) if (selector.trim() !== '') merged[name] = selector
  return merged as unknown as FlowSelectors
}
