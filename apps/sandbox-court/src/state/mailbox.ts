/**
 * The local mailbox: the e-mails the court "sends" are kept here and shown at /caixa-postal/, newest
 * first — the classic eproc's activation links and e-SAJ's login codes. Ids grow for the life of the
 * process, so a reset never reuses one.
 *
 * @example
 *   mailbox.send({ kind: 'activation', to: 'ana@gmail.com', recipientName: 'Ana', login: 'RS012345', activationPath })
 *   mailbox.send({ kind: 'access-code', to: 'ana@gmail.com', recipientName: 'Ana', login: '529…', code, validUntil })
 *   mailbox.list()[0] // the newest
 */
import type { SandboxMailMessage } from '../types.js'

export const ACTIVATION_SUBJECT = 'Ativação da autenticação em 2 fatores'
export const ACCESS_CODE_SUBJECT = 'Código de acesso ao e-SAJ'

interface MailCommon {
  to: string
  recipientName: string
  login: string
}

export type MailInput =
  | (MailCommon & {
      kind: 'activation'
      /** `/eproc/2fa/ativar?token=…` */
      activationPath: string
    })
  | (MailCommon & {
      kind: 'access-code'
      /** The 6-digit e-SAJ login code. */
      code: string
      /** ms since the epoch, by the court's clock. */
      validUntil: number
    })

export type MailMessage = MailInput & {
  id: string
  subject: string
  /** ms since the epoch, by the court's clock. */
  sentAt: number
}

export function createMailbox(now: () => number) {
  let messages: MailMessage[] = []
  let nextId = 1
  return {
    send(mail: MailInput): MailMessage {
      const subject = mail.kind === 'activation' ? ACTIVATION_SUBJECT : ACCESS_CODE_SUBJECT
      const message: MailMessage = { ...mail, id: String(nextId++), subject, sentAt: now() }
      messages = [message, ...messages]
      return message
    },
    list: (): readonly MailMessage[] => messages,
    get: (id: string): MailMessage | undefined => messages.find((message) => message.id === id),
    clear(): void {
      messages = []
    },
  }
}

export type Mailbox = ReturnType<typeof createMailbox>

/** A message as the test endpoint and `court.messages()` give it (plain data, a copy). */
export function describeMail(mail: MailMessage): SandboxMailMessage {
  const common = {
    id: mail.id,
    kind: mail.kind,
    to: mail.to,
    subject: mail.subject,
    login: mail.login,
    sentAt: mail.sentAt,
  }
  return mail.kind === 'activation'
    ? { ...common, activationPath: mail.activationPath }
    : { ...common, code: mail.code, validUntil: mail.validUntil }
}

/** The messages sent to `to` (any case), or all of them, newest first. */
export function mailTo(messages: readonly MailMessage[], to?: string): SandboxMailMessage[] {
  const wanted = to?.trim().toLowerCase()
  return messages.filter((mail) => !wanted || mail.to.toLowerCase() === wanted).map(describeMail)
}
