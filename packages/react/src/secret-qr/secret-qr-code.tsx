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
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { renderSVG } from 'uqr'
import { useA2F } from '../provider/a2f-context.js'
import { useSecretQrMessages } from './messages.js'
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
  // Keyed by the credential: another credential starts hidden, and the previous key is dropped with the
  // old component.
  return <KeyQrCode key={props.credentialId} {...props} />
}

function KeyQrCode(props: SecretQrCodeProps) {
  const { credentialId, issuer, account, showText = true, printable = true, headingLevel = 3 } = props
  const stored = credentialId !== undefined
  const { store } = useA2F()
  const m = useSecretQrMessages()
  const errorMessage = useErrorMessage()
  const titleId = useId()
  const Heading = `h${headingLevel}` as const
  // The reveal of a stored key: 'hidden' → 'loading' → 'shown' (or 'withheld', 'failed').
  const [phase, setPhase] = useState<Phase>('hidden')
  const [failure, setFailure] = useState<string>()
  // The opened key lives here while shown, never in state. `request` cancels a reveal still in flight
  // when the user hides the key or the widget goes away.
  const opened = useRef<{ secret: Uint8Array; otp: OtpParams } | null>(null)
  const request = useRef(0)
  const forget = () => {
    request.current++
    opened.current = null
  }
  const hide = () => {
    forget()
    setPhase('hidden')
  }
  useEffect(() => forget, [])

  const reveal = async () => {
    const ticket = ++request.current
    setPhase('loading')
    try {
      const credential = await store.get(credentialId!)
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

  // A key on screen that changed or vanished in the store (re-keyed, removed, here or elsewhere) is stale:
  // hide it, and let the user open the current one.
  useEffect(() => {
    if (phase !== 'shown') return
    return store.subscribe((event) => {
      // A reset says changes were missed: this key may be among them.
      if (event.type === 'reset' || event.id === credentialId) hide()
    })
  }, [phase, store, credentialId])

  // The key on show: the prop, or the stored key once opened. The QR code and the text are computed
  // here, during render; `otp` overrides the key's own parameters.
  const key: { secret: Uint8Array | string; otp?: OtpParams } | null = stored
    ? phase === 'shown'
      ? opened.current
      : null
    : props.secret === undefined
      ? null
      : { secret: props.secret }
  let backup: KeyBackup | undefined
  try {
    if (key)
      backup = describeKeyBackup({ secret: key.secret, issuer, account, otp: { ...key.otp, ...props.otp } })
  } catch {
    // The error names only the kind of problem, never the key; the widget shows `invalidKey`.
  }
  const state: Phase = phase === 'shown' || !stored ? (backup ? 'shown' : 'invalid') : phase
  const uri = backup?.uri
  // Black on white whatever the theme: phones read dark modules on a light background.
  const svg = useMemo(
    () =>
      uri &&
      renderSVG(uri, { ecc: 'M', border: 2, whiteColor: '#ffffff', blackColor: '#000000' }).replace(
        '<svg ',
        '<svg width="192" height="192" shape-rendering="crispEdges" aria-hidden="true" focusable="false" ',
      ),
    [uri],
  )
  const toggle = stored && phase !== 'withheld'
  const print = printable && backup

  return (
    <section
      className={cx('a2f-secret-qr', props.className)}
      aria-labelledby={titleId}
      aria-busy={phase === 'loading' || undefined}
      data-state={state}
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
                  {[
                    [m.issuer, issuer],
                    [m.account, account],
                    [
                      m.key,
                      <code className="a2f-secret-qr-key" translate="no">
                        {backup.grouped}
                      </code>,
                    ],
                    [
                      m.parameters,
                      m.parametersValue(backup.params.algorithm, backup.params.digits, backup.params.period),
                    ],
                  ].map(([term, value], index) => (
                    <div key={index}>
                      <dt>{term}</dt>
                      <dd>{value}</dd>
                    </div>
                  ))}
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
              ? failure
              : state === 'invalid'
                ? m.invalidKey
                : m.hiddenNotice}
        </p>
      )}
      {(toggle || print) && (
        <div className="a2f-secret-qr-actions a2f-no-print">
          {toggle && (
            <button
              type="button"
              className="a2f-button a2f-secret-qr-toggle"
              aria-disabled={phase === 'loading' || undefined}
              onClick={() => {
                if (phase === 'shown') hide()
                else if (phase !== 'loading') void reveal()
              }}
            >
              {phase === 'shown' ? m.hide : phase === 'loading' ? m.revealing : m.reveal}
            </button>
          )}
          {print && (
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
