/**
 * Every text the court shows in `#divMensagem`, in one place: the robot and the end-to-end tests match
 * these words, so they are the contract (apps/sandbox-court README, "Pages and selectors").
 *
 * @example
 *   message('erro', MESSAGES.invalidCredentials)
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
  wrongCode: (remaining: number) => `Código inválido. Restam ${remaining} tentativas.`,
  lastAttemptWarning: 'Código inválido. Atenção: mais uma tentativa inválida bloqueará o usuário.',
  /** A code that is not 6 digits: a typing slip, not an attempt, so it is not counted. */
  accessCodeFormat: 'Informe o código de acesso de 6 dígitos gerado pelo aplicativo.',
  twoFactorNotActive: 'A autenticação em 2 fatores ainda não foi ativada para o seu usuário.',
  unavailable: 'Indisponível no sandbox.',
  notFound: 'Página não encontrada.',
  mailNotFound: 'Mensagem não encontrada.',
  internalError: 'Erro interno do tribunal sandbox. Tente novamente.',
} as const
