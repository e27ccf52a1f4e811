/**
 * The two-factor enrolment after "Autenticação em dois fatores" (seeds 001 and 003): instructions →
 * "Prosseguir" → a new key with its QR code → code + personal e-mail → activation link to the mailbox.
 * The pending key lives only in the server-side session until the link is sent, then only in the link's
 * pending activation.
 *
 * @example
 *   POST /eproc/2fa/cadastro acao=prosseguir                              → 303 /eproc/2fa/chave
 *   POST /eproc/2fa/chave    txtCodigo2fa=…&txtEmailPessoal=…&acao=enviar → 303 /eproc/2fa/enviado
 */
import { checkPersonalEmail } from '../email-rules.js'
import type { RequestContext } from '../http/context.js'
import { readForm } from '../http/request-body.js'
import { redirect, sendHtml } from '../http/respond.js'
import { message, MESSAGES } from '../messages.js'
import { enrolmentStartPage } from '../pages/enrolment-start-page.js'
import { keyPage } from '../pages/key-page.js'
import { linkSentPage } from '../pages/link-sent-page.js'
import { acceptedCounter, newTotpKey } from '../totp.js'
import type { Route } from './route.js'

function currentEnrolment(ctx: RequestContext) {
  const enrolment = ctx.session?.enrolment
  const user = enrolment && ctx.court.users.get(enrolment.user)
  return enrolment && user && !user.locked ? { enrolment, user } : undefined
}

function cancel(ctx: RequestContext): void {
  delete ctx.session?.enrolment
  redirect(ctx.res, '/eproc/')
}

async function submitKeyForm(ctx: RequestContext): Promise<void> {
  const current = currentEnrolment(ctx)
  const key = current?.enrolment.key
  if (!current || key === undefined) return redirect(ctx.res, '/eproc/')
  const form = await readForm(ctx.req)
  if (form.get('acao') === 'cancelar') return cancel(ctx)

  const { enrolment, user } = current
  const email = (form.get('txtEmailPessoal') ?? '').trim()
  const again = (text: string) =>
    sendHtml(ctx.res, 200, keyPage({ login: user.login, key, email, message: message('erro', text) }))

  const code = (form.get('txtCodigo2fa') ?? '').replace(/\s/g, '')
  const counter = /^\d{6}$/.test(code) ? acceptedCounter(key, code, ctx.court.now()) : null
  if (counter === null) return again(MESSAGES.enrolmentWrongCode)
  const check = checkPersonalEmail(email)
  if (!check.ok)
    return again(check.reason === 'institutional' ? MESSAGES.institutionalEmail : MESSAGES.invalidEmail)

  const token = ctx.court.activations.issue({ user: enrolment.user, key, counter, email: check.email })
  ctx.court.mailbox.send({
    kind: 'activation',
    to: check.email,
    recipientName: user.name,
    login: user.login,
    activationPath: `/eproc/2fa/ativar?token=${token}`,
  })
  delete enrolment.key
  enrolment.sentTo = check.email
  redirect(ctx.res, '/eproc/2fa/enviado')
}

export const enrolmentRoutes: Route[] = [
  {
    method: 'GET',
    path: '/eproc/2fa/cadastro',
    handle(ctx) {
      const current = currentEnrolment(ctx)
      if (!current) return redirect(ctx.res, '/eproc/')
      sendHtml(
        ctx.res,
        200,
        enrolmentStartPage({ hadAuthenticator: current.user.activeSecret !== undefined }),
      )
    },
  },
  {
    method: 'POST',
    path: '/eproc/2fa/cadastro',
    async handle(ctx) {
      const current = currentEnrolment(ctx)
      if (!current) return redirect(ctx.res, '/eproc/')
      const form = await readForm(ctx.req)
      if (form.get('acao') === 'cancelar') return cancel(ctx)
      // "Prosseguir": a new key every time, as eproc does.
      current.enrolment.key = newTotpKey()
      delete current.enrolment.sentTo
      redirect(ctx.res, '/eproc/2fa/chave')
    },
  },
  {
    method: 'GET',
    path: '/eproc/2fa/chave',
    handle(ctx) {
      const current = currentEnrolment(ctx)
      if (!current) return redirect(ctx.res, '/eproc/')
      const key = current.enrolment.key
      if (key === undefined) return redirect(ctx.res, '/eproc/2fa/cadastro')
      sendHtml(ctx.res, 200, keyPage({ login: current.user.login, key }))
    },
  },
  { method: 'POST', path: '/eproc/2fa/chave', handle: submitKeyForm },
  {
    method: 'GET',
    path: '/eproc/2fa/enviado',
    handle(ctx) {
      const sentTo = currentEnrolment(ctx)?.enrolment.sentTo
      if (sentTo === undefined) return redirect(ctx.res, '/eproc/')
      sendHtml(ctx.res, 200, linkSentPage(sentTo))
    },
  },
]
