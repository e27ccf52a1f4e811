/**
 * The activation link from the mailbox: confirm, then the new key becomes the user's only key (the
 * previous authenticator stops working) and the enrolment code counts as used.
 *
 * @example
 *   GET  /eproc/2fa/ativar?token=…  → "Confirma a ativação da autenticação em 2 fatores?"
 *   POST /eproc/2fa/ativar token=…  → 303 /eproc/2fa/ativada → "A autenticação em 2 fatores foi ativada."
 */
import type { RequestContext } from '../http/context.js'
import { readForm } from '../http/request-body.js'
import { redirect, sendHtml } from '../http/respond.js'
import { message, MESSAGES } from '../messages.js'
import { activationResultPage, confirmActivationPage } from '../pages/activation-pages.js'
import type { Route } from './route.js'

const invalidLink = (ctx: RequestContext) =>
  sendHtml(ctx.res, 200, activationResultPage(message('erro', MESSAGES.invalidActivationLink)))

export const activationRoutes: Route[] = [
  {
    method: 'GET',
    path: '/eproc/2fa/ativar',
    handle(ctx) {
      const token = ctx.url.searchParams.get('token') ?? ''
      const activation = ctx.court.activations.peek(token)
      const user = activation && ctx.court.users.get(activation.user)
      if (!user) return invalidLink(ctx)
      sendHtml(ctx.res, 200, confirmActivationPage({ token, login: user.login }))
    },
  },
  {
    method: 'POST',
    path: '/eproc/2fa/ativar',
    async handle(ctx) {
      const form = await readForm(ctx.req)
      const activation = ctx.court.activations.consume(form.get('token') ?? '')
      const user = activation && ctx.court.users.get(activation.user)
      if (!activation || !user) return invalidLink(ctx)
      user.activeSecret = activation.key
      user.lastCounter = activation.counter
      user.wrongAttempts = 0
      ctx.ensureSession().flash = message('sucesso', MESSAGES.activated)
      redirect(ctx.res, '/eproc/2fa/ativada')
    },
  },
  {
    method: 'GET',
    path: '/eproc/2fa/ativada',
    handle(ctx) {
      const result = ctx.takeFlash()
      if (!result) return redirect(ctx.res, '/eproc/')
      sendHtml(ctx.res, 200, activationResultPage(result))
    },
  },
]
