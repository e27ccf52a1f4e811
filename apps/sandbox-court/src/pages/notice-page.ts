/**
 * A page that only says something: "Indisponível no sandbox.", "Página não encontrada.", an error.
 *
 * @example
 *   noticePage({ title: 'Indisponível', message: message('aviso', MESSAGES.unavailable), back: '/eproc/' })
 */
import { markup } from '../html/html.js'
import { renderPage } from '../html/layout.js'
import type { PageMessage } from '../messages.js'

export function noticePage(options: { title: string; message: PageMessage; back: string }): string {
  return renderPage({
    title: options.title,
    heading: options.title,
    message: options.message,
    body: markup`<div class="botoes"><a class="botao" href="${options.back}">Voltar</a></div>`,
  })
}
