/**
 * A clock offset in words (pt-BR): which way this computer is off and by how much, to the tenth of a
 * second. Within the measurement's precision (`measurementPrecisionMs`: a second for the `Date` header's
 * whole seconds, plus half the round trip) it is "certo".
 *
 * @example
 * describeOffset(2300)  // 'O relógio deste computador está 2,3 s atrasado em relação ao servidor.'
 * describeOffset(-400)  // 'O relógio deste computador está certo (diferença de 0,4 s, dentro da precisão da medição).'
 */
const seconds = (ms: number) =>
  `${new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(ms) / 1000)} s`

export function describeOffset(offsetMs: number, precisionMs = 1000): string {
  if (Math.abs(offsetMs) < precisionMs) {
    return `O relógio deste computador está certo (diferença de ${seconds(offsetMs)}, dentro da precisão da medição).`
  }
  // offset = server − local: positive means the local clock is behind.
  const direction = offsetMs > 0 ? 'atrasado' : 'adiantado'
  return `O relógio deste computador está ${seconds(offsetMs)} ${direction} em relação ao servidor.`
}

/** '+2,3 s', '−0,4 s': an offset as a signed number of seconds. */
export function signedSeconds(offsetMs: number): string {
  return `${offsetMs < 0 ? '−' : '+'}${seconds(offsetMs)}`
}
