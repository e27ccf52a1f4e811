/**
 * The "Instruções" block of the enrolment pages: the steps of seeds 001 and 003, short.
 *
 * @example
 *   markup`${enrolmentInstructions()}`
 */
import { markup, type SafeHtml } from '../html/html.js'

export function enrolmentInstructions(): SafeHtml {
  return markup`<details>
  <summary>Instruções</summary>
  <ol>
    <li>Instale no smartphone um aplicativo autenticador (Google Authenticator, Microsoft Authenticator ou outro compatível).</li>
    <li>Clique em "Prosseguir" e leia o QR Code com o aplicativo, ou digite nele a chave alfanumérica exibida abaixo do QR Code.</li>
    <li>Informe o código de 6 dígitos gerado pelo aplicativo e um e-mail pessoal (não são aceitos e-mails institucionais).</li>
    <li>Acesse o link de ativação enviado para o e-mail e confirme a ativação.</li>
    <li>A partir daí, o login pede, além de usuário e senha, o código exibido no aplicativo.</li>
  </ol>
</details>`
}
