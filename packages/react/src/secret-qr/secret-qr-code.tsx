/**
 * A key as its QR code and as text, to set up another authenticator (a second phone, a colleague
 * covering a hearing) or to print a paper backup, as hosting panels and the courts themselves offer.
 *
 * - `secret`: a key held in memory (the wizard, right after the court showed it). Shown at once.
 * - `credentialId`: a stored key. Nothing is loaded until the user presses "Mostrar chave"; then
 *   `store.get` opens it (the store audits that as a reveal), it is shown, and it can be hidden again.
 *   It hides by itself when the store reports a change to that credential (a new key, a removal).
 *   A server that keeps keys (SECRET_WITHHELD) is explained, not treated as a failure.
 *
 * The key never enters React state: the QR code and the grouped text are computed during render from the
 * prop, or from a ref filled by the reveal and emptied when hidden. The QR stays black on white in dark
 * themes and in print (scanners need the contrast); the buttons are `.a2f-no-print`.
 *
 * @example
 * <SecretQrCode secret={entered.bytes} issuer="TRF4" account="RS054321" />
 * <SecretQrCode credentialId={credential.id} issuer={credential.issuer} account={credential.account} />
 */
import type { OtpParams } from '@a2f/core'
import { isStorageError } from '@a2f/storage'
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { renderSVG } from 'uqr'
import { useA2F, useMessages } from '../provider/a2f-context.js'
import { cx } from '../util/class-names.js'
import { useErrorMessage } from '../util/use-error-message.js'
import { describeKeyBackup, type KeyBackup } from './otpauth-uri-for.js'

export interface SecretQrCodeProps {
  /** A key in memory: raw bytes, or text (base32 in any grouping, or an otpauth:// URI). */
  secret?: Uint8Array | string
  /** A stored credential whose key is revealed on request. Takes precedence over `secret`. */
  credentialId?: string
  /** Who issued the key, as the authenticator app will show it ('TRF4'). */
  issuer: string
  /** The court login (CPF, OAB number, user name). */
  account: string
  /** Overrides the key's parameters. Default: those of the stored credential, else SHA1, 6 digits, 30 s. */
  otp?: Partial<OtpParams>
  /** Show the key as grouped text with its issuer, account and parameters. Default true. */
  showText?: boolean
  /** Offer a button that prints a paper backup. Default true. */
  printable?: boolean
  /** Level of the widget's heading. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6
  className?: string
}

/** The states of the widget, on `data-state`. */
type Phase = 'shown' | 'hidden' | 'loading' | 'withheld' | 'failed' | 'invalid'

export function SecretQrCode(props: SecretQrCodeProps) {
  if (props.credentialId !== undefined) {
    // Keyed: another credential starts hidden, and the previous key is dropped with the old component.
    return <StoredSecretQr key={props.credentialId} {...props} credentialId={props.credentialId} />
  }
  return <MemorySecretQr {...props} />
}

function MemorySecretQr(props: SecretQrCodeProps) {
  const { secret, issuer, account, otp } = props
  const { algorithm, digits, period } = otp ?? {}
  const backup = useMemo(() => {
    if (secret === undefined) return undefined
    const given: Partial<OtpParams> = {
      ...(algorithm !== undefined ? { algorithm } : {}),
      ...(digits !== undefined ? { digits } : {}),
      ...(period !== undefined ? { period } : {}),
    }
    return tryDescribe(secret, issuer, account, given)
  }, [secret, issuer, account, algorithm, digits, period])
  return <SecretQrFrame {...props} phase={backup ? 'shown' : 'invalid'} {...(backup ? { backup } : {})} />
}

function StoredSecretQr(props: SecretQrCodeProps & { credentialId: string }) {
  const { store } = useA2F()
  const errorMessage = useErrorMessage()
  const m = useMessages().secretQr
  const [phase, setPhase] = useState<Phase>('hidden')
  const [failure, setFailure] = useState<string>()
  // The opened key lives here while shown, never in state. `request` cancels a reveal still in flight
  // when the user hides the key or the widget goes away.
  const opened = useRef<{ secret: Uint8Array; otp: OtpParams } | null>(null)
  const request = useRef(0)
  useEffect(
    () => () => {
      opened.current = null
      request.current++
    },
    [],
  )

  const reveal = async () => {
    const ticket = ++request.current
    setPhase('loading')
    try {
      const credential = await store.get(props.credentialId)
      if (ticket !== request.current) return
      opened.current = { secret: credential.secret, otp: credential.otp }
      setPhase('shown')
    } catch (error) {
      if (ticket !== request.current) return
      if (isStorageError(error, 'SECRET_WITHHELD')) {
        setPhase('withheld')
      } else {
        setFailure(errorMessage(error))
        setPhase('failed')
      }
    }
  }

  const hide = () => {
    request.current++
    opened.current = null
    setPhase('hidden')
  }

  // A key on screen that changed or vanished in the store (re-keyed, removed, here or elsewhere) is stale:
  // hide it, and let the user open the current one.
  const { credentialId } = props
  useEffect(() => {
    if (phase !== 'shown') return
    return store.subscribe((event) => {
      if (event.id !== credentialId) return
      request.current++
      opened.current = null
      setPhase('hidden')
    })
  }, [phase, store, credentialId])

  const key = phase === 'shown' ? opened.current : null
  const backup = key
    ? tryDescribe(key.secret, props.issuer, props.account, { ...key.otp, ...props.otp })
    : undefined
  const effectivePhase: Phase = phase === 'shown' && !backup ? 'invalid' : phase

  const toggle =
    phase === 'withheld' ? null : (
      <button
        type="button"
        className="a2f-button a2f-secret-qr-toggle"
        aria-disabled={phase === 'loading' || undefined}
        onClick={() => {
          if (phase === 'loading') return
          if (phase === 'shown') hide()
          else void reveal()
        }}
      >
        {phase === 'shown' ? m.hide : phase === 'loading' ? m.revealing : m.reveal}
      </button>
    )

  return (
    <SecretQrFrame
      {...props}
      phase={effectivePhase}
      {...(backup ? { backup } : {})}
      {...(failure !== undefined ? { failure } : {})}
      toggle={toggle}
    />
  )
}

interface FrameProps extends SecretQrCodeProps {
  phase: Phase
  backup?: KeyBackup
  failure?: string
  toggle?: ReactNode
}

function SecretQrFrame(props: FrameProps) {
  const { phase, backup, issuer, account, showText = true, printable = true, headingLevel = 3 } = props
  const m = useMessages().secretQr
  const titleId = useId()
  const Heading = `h${headingLevel}` as const
  // Black on white whatever the theme: phones read dark modules on a light background.
  const svg = useMemo(
    () =>
      backup &&
      renderSVG(backup.uri, { ecc: 'M', border: 2, whiteColor: '#ffffff', blackColor: '#000000' }).replace(
        '<svg ',
        '<svg width="192" height="192" shape-rendering="crispEdges" aria-hidden="true" focusable="false" ',
      ),
    [backup],
  )

  return (
    <section
      className={cx('a2f-secret-qr', props.className)}
      aria-labelledby={titleId}
      aria-busy={phase === 'loading' || undefined}
      data-state={phase}
    >
      <Heading id={titleId} className="a2f-secret-qr-title">
        {m.title(issuer)}
      </Heading>
      {backup && svg ? (
        <>
          <div className="a2f-secret-qr-content">
            <div
              className="a2f-secret-qr-image"
              role="img"
              aria-label={m.qrLabel(issuer, account)}
              dangerouslySetInnerHTML={{ __html: svg }}
            />
            <div className="a2f-secret-qr-text">
              <p className="a2f-secret-qr-hint">{m.scanHint}</p>
              {showText && (
                <dl className="a2f-secret-qr-details">
                  <div>
                    <dt>{m.issuer}</dt>
                    <dd>{issuer}</dd>
                  </div>
                  <div>
                    <dt>{m.account}</dt>
                    <dd>{account}</dd>
                  </div>
                  <div>
                    <dt>{m.key}</dt>
                    <dd>
                      <code className="a2f-secret-qr-key" translate="no">
                        {backup.grouped}
                      </code>
                    </dd>
                  </div>
                  <div>
                    <dt>{m.parameters}</dt>
                    <dd>
                      {m.parametersValue(backup.params.algorithm, backup.params.digits, backup.params.period)}
                    </dd>
                  </div>
                </dl>
              )}
            </div>
          </div>
          <p className="a2f-secret-qr-note">{m.keepSafe}</p>
        </>
      ) : (
        <p className="a2f-secret-qr-message">
          {phase === 'withheld'
            ? m.withheld
            : phase === 'failed'
              ? props.failure
              : phase === 'invalid'
                ? m.invalidKey
                : m.hiddenNotice}
        </p>
      )}
      {(props.toggle || (printable && backup)) && (
        <div className="a2f-secret-qr-actions a2f-no-print">
          {props.toggle}
          {printable && backup && (
            <button
              type="button"
              className="a2f-button a2f-secret-qr-print"
              data-variant="primary"
              onClick={() => window.print()}
            >
              {m.print}
            </button>
          )}
        </div>
      )}
    </section>
  )
}

function tryDescribe(
  secret: Uint8Array | string,
  issuer: string,
  account: string,
  otp: Partial<OtpParams>,
): KeyBackup | undefined {
  try {
    return describeKeyBackup({ secret, issuer, account, otp })
  } catch {
    // The error names only the kind of problem, never the key; the widget shows `invalidKey`.
    return undefined
  }
}
