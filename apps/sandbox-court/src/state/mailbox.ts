/**
 * The local mailbox: the e-mails the court "sends" (activation links) are kept here and shown at
 * /caixa-postal/, newest first. Ids grow for the life of the process, so a reset never reuses one.
 *
 * @example
 *   const mail = mailbox.send({ to: 'ana@gmail.com', recipientName: 'Ana', login: 'RS012345', activationPath })
 *   mailbox.list()[0] === mail
 */

export const ACTIVATION_SUBJECT = 'Ativação da autenticação em 2 fatores'

export interface MailMessage {
  id: string
  to: string
  subject: string
  recipientName: string
  login: string
  /** ms since the epoch, by the court's clock. */
  sentAt: number
  /** `/eproc/2fa/ativar?token=…` */
  activationPath: string
}

export function createMailbox(now: () => number) {
  let messages: MailMessage[] = []
  let nextId = 1
  return {
    send(mail: Omit<MailMessage, 'id' | 'sentAt' | 'subject'>): MailMessage {
      const message: MailMessage = {
        ...mail,
        id: String(nextId++),
        subject: ACTIVATION_SUBJECT,
        sentAt: now(),
      }
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
