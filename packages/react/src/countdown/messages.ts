/**
 * Texts of `CodeCountdown` and `PeriodCountdown` in every locale. Codes reach screen readers digit by
 * digit (`spelled`: '4 9 2 0 3 9'), so "492 039" is not read as two numbers; the eye gets `grouped`
 * ('492 039').
 *
 * @example
 * <A2FProvider store={store} messages={{ countdown: { copy: 'Copiar' } }}>
 */
import { useNamespaceMessages } from '../i18n/use-namespace-messages.js'
import type { UnreadableReason } from '@a2f/storage'

export interface CountdownMessages {
  /** Accessible name of the widget when the host gives no `label`. */
  label: string
  /** Accessible name of the seconds element (role="timer") of a code. */
  timerLabel: string
  /** Accessible name of a countdown shared by several codes (`PeriodCountdown`). */
  periodTimerLabel: string
  /** The seconds left as shown next to the ring or bar. */
  seconds: (seconds: number) => string
  /** What screen readers read for the code on screen. */
  currentCode: (spelled: string) => string
  /** Announced once when the code changes (polite). */
  newCode: (spelled: string) => string
  /** The next code, previewed near expiry. */
  nextCode: (grouped: string) => string
  /** The same for screen readers. */
  nextCodeSpoken: (spelled: string) => string
  copy: string
  /** Announced after a successful copy. */
  copiedAnnouncement: string
  loading: string
  unreadable: Record<UnreadableReason, string>
  /** The store could not give a code (unavailable, offline). */
  unavailable: string
  /** Neither a credential, a generator nor a code was given. */
  noCode: string
}

export const countdownMessages: CountdownMessages = {
  label: 'Código de verificação',
  timerLabel: 'Tempo até o próximo código',
  periodTimerLabel: 'Tempo até os próximos códigos',
  seconds: (seconds) => `${seconds} s`,
  currentCode: (spelled) => `Código atual: ${spelled}`,
  newCode: (spelled) => `Novo código: ${spelled}`,
  nextCode: (grouped) => `Próximo: ${grouped}`,
  nextCodeSpoken: (spelled) => `Próximo código: ${spelled}`,
  copy: 'Copiar código',
  copiedAnnouncement: 'Código copiado para a área de transferência',
  loading: 'Carregando código…',
  unreadable: {
    CIPHERTEXT:
      'Não é possível abrir esta credencial: os dados cifrados estão corrompidos ou foram alterados.',
    KEY_UNKNOWN:
      'Não é possível abrir esta credencial: ela foi cifrada com uma chave que este sistema não possui.',
    FORMAT: 'Não é possível abrir esta credencial: o registro armazenado está em formato inválido.',
  },
  unavailable: 'Não foi possível obter o código agora.',
  noCode: 'Nenhum código para exibir.',
}

/** The countdown texts in the provider's language, with the host's overrides (CodeCountdown and PeriodCountdown). */
export const useCountdownMessages = (): typeof countdownMessages =>
  useNamespaceMessages('countdown', countdownMessages)
