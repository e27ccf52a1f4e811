/**
 * The frame of every page: the system's bar (eproc's blue by default), one centered card with the page's
 * message in `#divMensagem`, and the footer saying this is a local sandbox.
 *
 * @example
 *   renderPage({ title: 'Login', message: message('erro', MESSAGES.invalidCredentials), body: markup`…` })
 *   renderPage({ brand: BRANDS.esaj, title: 'Identificação', body: markup`…` })
 */
import type { PageMessage } from '../messages.js'
import { BRANDS, type Brand } from './brands.js'
import { COPY_KEY_SCRIPT } from './copy-key-script.js'
import { markup, trustedHtml, type SafeHtml } from './html.js'
import { STYLES } from './styles.js'

export interface PageOptions {
  title: string
  /** Default: eproc. */
  brand?: Brand
  /** The card's `<h1>`, above the message. */
  heading?: string
  body: SafeHtml
  message?: PageMessage | undefined
  /** A wider card (key page, mailbox). */
  wide?: boolean
  /** Adds the click-to-copy script of the key page. */
  copyKeyScript?: boolean
}

export function messageBox(message: PageMessage | undefined): SafeHtml {
  if (!message) return markup``
  return markup`<div id="divMensagem" role="alert" class="mensagem ${message.kind}">${message.text}</div>`
}

export function renderPage(options: PageOptions): string {
  const brand: Brand = options.brand ?? BRANDS.eproc
  const page = markup`<!doctype html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · ${brand.logo} · Tribunal Sandbox (local)</title>
<style>${trustedHtml(STYLES)}</style>
</head>
<body>
<header class="barra${brand.variant ? ` ${brand.variant}` : ''}">
  <div class="barra-conteudo">
    <span class="logo">${brand.logo}</span>
    <span class="orgao">${brand.orgao}</span>
    <a href="/caixa-postal/">Caixa postal</a>
  </div>
</header>
<main>
  <div class="cartao${options.wide ? ' largo' : ''}">
    ${options.heading !== undefined && markup`<h1>${options.heading}</h1>`}
    ${messageBox(options.message)}
    ${options.body}
  </div>
</main>
<footer class="rodape">Tribunal sandbox local, para testes do a2f: não é um tribunal real e nenhum dado sai deste computador.</footer>
${options.copyKeyScript && markup`<script>${trustedHtml(COPY_KEY_SCRIPT)}</script>`}
</body>
</html>
`
  return page.toString()
}
