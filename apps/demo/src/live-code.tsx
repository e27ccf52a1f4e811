/** The current code, large and grouped 3+3, with the seconds left and the next code near expiry. */
import { totpWindow, type TotpGenerator } from '@a2f/core'
import { useEffect, useState } from 'react'
import { useNow } from './use-clock.js'

const group = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`

export function LiveCode({ generator }: { generator: TotpGenerator }) {
  const now = useNow()
  const [copied, setCopied] = useState(false)
  const step = totpWindow({ timestamp: now, period: generator.period })
  const code = generator.at(now)
  const seconds = Math.ceil(step.remainingMs / 1000)
  const expiring = seconds <= 5

  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(false), 2000)
    return () => clearTimeout(timer)
  }, [copied])

  const copy = () => navigator.clipboard.writeText(code).then(() => setCopied(true))

  return (
    <section
      className="live-code"
      aria-labelledby="live-code-title"
      data-state={expiring ? 'expiring' : 'active'}
    >
      <h2 id="live-code-title">Código atual</h2>
      {/* Announced politely once per new code, not every second. */}
      <p className="code" translate="no" aria-live="polite" aria-atomic="true">
        {group(code)}
      </p>
      <div className="countdown" role="timer" aria-label={`Válido por ${seconds} segundos`}>
        <div className="bar" style={{ transform: `scaleX(${1 - step.progress})` }} />
      </div>
      <p className="seconds" aria-hidden="true">
        Válido por {seconds} s
      </p>
      {expiring && (
        <p className="next">
          Próximo código: <span translate="no">{group(generator.at(step.endsAt))}</span>
        </p>
      )}
      <button type="button" onClick={copy}>
        {copied ? 'Copiado!' : 'Copiar código'}
      </button>
      <p className="hint">Digite este código no site do tribunal para confirmar o autenticador.</p>
    </section>
  )
}
