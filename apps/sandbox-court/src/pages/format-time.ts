/**
 * Dates as a Brazilian user reads them, in Brasília time.
 *
 * @example
 *   formatTime(Date.UTC(2025, 0, 15, 15, 0)) // '15/01/2025, 12:00:00'
 */
const formatter = new Intl.DateTimeFormat('pt-BR', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'America/Sao_Paulo',
})

export const formatTime = (ms: number): string => formatter.format(new Date(ms))
