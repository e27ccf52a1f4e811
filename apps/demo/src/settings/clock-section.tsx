/**
 * "Relógio": TOTP codes are only as right as the clock. Checks this computer's clock against a server
 * (default: the sandbox court's `/api/hora`), shows the difference, and can apply it to the codes of the
 * whole page (the provider's clock), or remove it.
 *
 * @example
 * <ClockSection defaultUrl="http://127.0.0.1:5180/api/hora" />
 */
import { useA2F } from '@a2f/react'
import { useId, useState, type FormEvent } from 'react'
import { FormMessage } from '../ui/form-message.js'
import { SettingsSection } from '../ui/settings-section.js'
import { useFormTask } from '../ui/use-form-task.js'
import { describeOffset, signedSeconds } from './describe-offset.js'
import {
  ClockCheckError,
  measureClockOffset,
  measurementPrecisionMs,
  type ClockMeasurement,
} from './measure-clock-offset.js'

const FAILURES: Record<ClockCheckError['reason'], string> = {
  NETWORK:
    'O servidor não respondeu. Confira o endereço e se o servidor está no ar (o tribunal sandbox: pnpm dev).',
  STATUS: 'O servidor respondeu com erro. Confira o endereço.',
  NO_DATE: 'O servidor não informou a hora (cabeçalho Date ausente ou não exposto a outras origens).',
}

/**
 * Within the measurement's precision there is nothing to correct. Otherwise, offer it when it differs
 * from the correction in use.
 */
function worthApplying(measurement: ClockMeasurement, applied: number): boolean {
  const { offsetMs } = measurement
  return Math.abs(offsetMs) >= measurementPrecisionMs(measurement) && Math.abs(offsetMs - applied) >= 500
}

export function ClockSection({ defaultUrl }: { defaultUrl: string }) {
  const { clock } = useA2F()
  const task = useFormTask()
  const [measurement, setMeasurement] = useState<ClockMeasurement | null>(null)
  const [applied, setApplied] = useState(clock.offsetMs)
  const urlId = useId()
  const messageId = useId()

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const url = String(new FormData(event.currentTarget).get('url') ?? '').trim()
    setMeasurement(null)
    void task.run(
      'Consultando a hora do servidor…',
      async () => {
        const result = await measureClockOffset(url)
        setMeasurement(result)
        return { kind: 'success', text: describeOffset(result.offsetMs, measurementPrecisionMs(result)) }
      },
      (error) =>
        error instanceof ClockCheckError
          ? FAILURES[error.reason]
          : 'Não foi possível consultar a hora do servidor.',
    )
  }

  const apply = (offsetMs: number) => {
    clock.setOffset(offsetMs)
    setApplied(offsetMs)
  }

  return (
    <SettingsSection
      title="Relógio"
      intro="Os códigos dependem da hora certa: um relógio alguns segundos errado gera códigos recusados pelo tribunal. Compare a hora deste computador com a de um servidor."
    >
      <form
        className="stack"
        onSubmit={submit}
        aria-busy={task.busy}
        noValidate
        aria-label="Conferir o relógio"
      >
        <div className="field">
          <label htmlFor={urlId}>Endereço do servidor</label>
          <input id={urlId} name="url" type="url" defaultValue={defaultUrl} required spellCheck={false} />
          <p className="field-hint">
            A resposta precisa trazer o cabeçalho Date (o tribunal sandbox responde em /api/hora).
          </p>
        </div>
        <FormMessage id={messageId} message={task.message} />
        {measurement && (
          <dl className="facts" aria-label="Medição">
            <dt>Diferença (servidor − este computador)</dt>
            <dd data-testid="clock-offset">{signedSeconds(measurement.offsetMs)}</dd>
            <dt>Tempo de resposta</dt>
            <dd>{measurement.roundTripMs} ms</dd>
          </dl>
        )}
        <p className="muted" data-testid="clock-applied">
          Correção em uso nos códigos: {applied === 0 ? 'nenhuma' : signedSeconds(applied)}.
        </p>
        <div className="actions">
          <button type="submit" className="a2f-button" aria-disabled={task.busy || undefined}>
            Conferir o relógio
          </button>
          {measurement && worthApplying(measurement, applied) && (
            <button
              type="button"
              className="a2f-button"
              data-variant="primary"
              onClick={() => apply(Math.round(measurement.offsetMs))}
            >
              Aplicar a correção aos códigos
            </button>
          )}
          {applied !== 0 && (
            <button type="button" className="a2f-button" onClick={() => apply(0)}>
              Remover a correção
            </button>
          )}
        </div>
      </form>
    </SettingsSection>
  )
}
