/**
 * Texts of `CodeCountdown` and `PeriodCountdown` in every locale. Codes reach screen readers digit by
 * digit (`spelled`: '4 9 2 0 3 9'), so "492 039" is not read as two numbers; the eye gets `grouped`
 * ('492 039').
 *
 * @example
 * <A2FProvider store={store} messages={{ countdown: { copy: 'Copiar' } }}>
 */
import type { UnreadableReason } from '@a2f/storage'
import type { LocaleTable } from '../i18n/locale.js'

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

export const countdownMessages: LocaleTable<CountdownMessages> = {
  'pt-BR': {
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
  },
  en: {
    label: 'Verification code',
    timerLabel: 'Time until the next code',
    periodTimerLabel: 'Time until the next codes',
    seconds: (seconds) => `${seconds} s`,
    currentCode: (spelled) => `Current code: ${spelled}`,
    newCode: (spelled) => `New code: ${spelled}`,
    nextCode: (grouped) => `Next: ${grouped}`,
    nextCodeSpoken: (spelled) => `Next code: ${spelled}`,
    copy: 'Copy code',
    copiedAnnouncement: 'Code copied to the clipboard',
    loading: 'Loading code…',
    unreadable: {
      CIPHERTEXT: 'This credential cannot be opened: its encrypted data is corrupted or was altered.',
      KEY_UNKNOWN: 'This credential cannot be opened: it was encrypted with a key this system does not have.',
      FORMAT: 'This credential cannot be opened: the stored record is malformed.',
    },
    unavailable: 'The code cannot be obtained right now.',
    noCode: 'No code to show.',
  },
  es: {
    label: 'Código de verificación',
    timerLabel: 'Tiempo hasta el próximo código',
    periodTimerLabel: 'Tiempo hasta los próximos códigos',
    seconds: (seconds) => `${seconds} s`,
    currentCode: (spelled) => `Código actual: ${spelled}`,
    newCode: (spelled) => `Nuevo código: ${spelled}`,
    nextCode: (grouped) => `Siguiente: ${grouped}`,
    nextCodeSpoken: (spelled) => `Siguiente código: ${spelled}`,
    copy: 'Copiar código',
    copiedAnnouncement: 'Código copiado al portapapeles',
    loading: 'Cargando código…',
    unreadable: {
      CIPHERTEXT: 'No se puede abrir esta credencial: sus datos cifrados están dañados o fueron alterados.',
      KEY_UNKNOWN: 'No se puede abrir esta credencial: fue cifrada con una clave que este sistema no tiene.',
      FORMAT: 'No se puede abrir esta credencial: el registro guardado tiene un formato no válido.',
    },
    unavailable: 'No se pudo obtener el código ahora.',
    noCode: 'No hay ningún código para mostrar.',
  },
}
