/**
 * The local mailbox pages.
 *
 * @example
 *   GET /caixa-postal/   → the list, newest first
 *   GET /caixa-postal/3  → message 3 with #lnkAtivacao2fa
 */
import { redirect, sendHtml } from '../http/respond.js'
import { message, MESSAGES } from '../messages.js'
import { mailboxPage, mailMessagePage } from '../pages/mailbox-pages.js'
import { noticePage } from '../pages/notice-page.js'
import type { Route } from './route.js'

export const mailboxRoutes: Route[] = [
  { method: 'GET', path: '/caixa-postal', handle: (ctx) => redirect(ctx.res, '/caixa-postal/') },
  {
    method: 'GET',
    path: '/caixa-postal/',
    handle: (ctx) => sendHtml(ctx.res, 200, mailboxPage(ctx.court.mailbox.list())),
  },
  {
    method: 'GET',
    path: /^\/caixa-postal\/([0-9]+)$/,
    handle(ctx, [id = '']) {
      const mail = ctx.court.mailbox.get(id)
      if (mail) return sendHtml(ctx.res, 200, mailMessagePage(mail))
      const notFound = message('erro', MESSAGES.mailNotFound)
      sendHtml(
        ctx.res,
        404,
        noticePage({ title: 'Caixa postal do sandbox', message: notFound, back: '/caixa-postal/' }),
      )
    },
  },
]
