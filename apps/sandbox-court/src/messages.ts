/**
 * Every text the court shows to say what happened (in `#divMensagem`, or in the Keycloak pages'
 * `.kc-feedback-text`), in one place: robots and the end-to-end tests match these words, so they are the
 * contract (apps/sandbox-court README, "Pages and selectors" and "Login flows").
 *
 * @example
 *   message('erro', MESSAGES.invalidCredentials)
 *   wrongCodeText(MESSAGES.keycloakInvalidCode, 3) // 'Código autenticador inválido. Restam 3 tentativas.'
 */

export type MessageKind = 'erro' | 'aviso' | 'sucesso'

/** A message shown in `<div id="divMensagem" role="alert" class="…">`. */
export interface PageMessage {
  kind: MessageKind
  text: string
}

export const message = (kind: MessageKind, text: string): PageMessage => ({ kind, text })

export const MESSAGES = {
  invalidCredentials: 'Usuário ou senha inválidos.',
  locked: 'Usuário bloqueado por excesso de tentativas inválidas. Procure o suporte do tribunal.',
  previousAuthenticator:
    'ATENÇÃO: Se a sua conta no sistema já estiver registrada no aplicativo, certifique-se de excluí-la antes da leitura do QR Code.',
  enrolmentWrongCode: 'Código inválido. Informe o código de 6 dígitos gerado pelo aplicativo.',
  institutionalEmail: 'E-mail não aceito: não são aceitos sufixos institucionais, como "jus.br" e "gov.br".',
  invalidEmail: 'Informe um e-mail pessoal válido.',
  activationLinkSent: (email: string) =>
    `Foi enviado um link de ativação para ${email}. Acesse o link para confirmar a ativação da autenticação em 2 fatores.`,
  activated: 'A autenticação em 2 fatores foi ativada.',
  invalidActivationLink: 'Link de ativação inválido ou já utilizado.',
  codeAlreadyUsed: 'O código informado já foi utilizado. Aguarde o próximo código gerado pelo aplicativo.',
  /** How the classic form and e-SAJ open "Restam N tentativas." and the last-attempt warning (wrongCodeText). */
  invalidCodePrefix: 'Código inválido.',
  /** A code that is not 6 digits: a typing slip, not an attempt, so it is not counted. */
  accessCodeFormat: 'Informe o código de acesso de 6 dígitos gerado pelo aplicativo.',
  twoFactorNotActive: 'A autenticação em 2 fatores ainda não foi ativada para o seu usuário.',
  unavailable: 'Indisponível no sandbox.',
  certificateUnavailable:
    'O login com certificado digital não está disponível no sandbox: entre com usuário e senha.',

  // Keycloak realms (the eproc realm and the national PJe SSO). The invalid-code words are Keycloak's own
  // pt-BR message as TJRS shows it (public robot code, research/courts-2026-12.md §3).
  keycloakInvalidCode: 'Código autenticador inválido.',
  keycloakCodeFormat: 'Informe o código de uso único de 6 dígitos gerado pelo aplicativo.',
  keycloakEnrolmentWrongCode:
    'Código autenticador inválido. Leia o código QR de novo e informe o código gerado.',
  keycloakLoginExpired: 'Sua sessão de login expirou. Volte ao sistema e entre novamente.',
  keycloakInvalidClient: 'Cliente ou endereço de retorno inválido.',
  keycloakLoggedOut: 'Você saiu do sistema.',
  authenticationFailed: 'Não foi possível concluir a autenticação. Entre novamente.',
  invalidProfile: 'Escolha um dos perfis da lista.',

  // e-SAJ: a code sent by e-mail at each login.
  emailCodeSent: (maskedEmail: string) =>
    `Enviamos um código de acesso de 6 dígitos para ${maskedEmail}. Ele vale por 5 minutos e uma única vez.`,
  emailCodeResent: (maskedEmail: string) =>
    `Enviamos um novo código para ${maskedEmail}. Os códigos anteriores deixaram de valer.`,
  emailCodeFormat: 'Informe o código de 6 dígitos enviado para o seu e-mail.',
  emailCodeUsed: 'O código informado já foi utilizado. Solicite um novo código.',
  emailCodeExpired: 'O código informado expirou. Solicite um novo código.',
  emailCodeReplaced: 'O código informado foi substituído por um mais recente. Use o último código enviado.',

  notFound: 'Página não encontrada.',
  mailNotFound: 'Mensagem não encontrada.',
  internalError: 'Erro interno do tribunal sandbox. Tente novamente.',
} as const
