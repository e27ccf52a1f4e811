/**
 * Step 3 of enrolment: the court's key, however the user brings it — typed or pasted text (groups of 4,
 * lower case, hyphens, padding), an `otpauth://` link, a Google Authenticator export (pick one account),
 * or a screenshot of the court's QR code pasted, dropped or uploaded (decoded in the browser, lazily).
 *
 * The field is uncontrolled and the key never enters React state: each input is read from the element,
 * parsed, and handed to `onSecretChange` (null while there is no usable key). State holds only what is
 * shown about it: the problem (code, position, the one bad character), the number of bits, the source,
 * the issuer and account names. The export's keys wait in a ref until one account is picked.
 *
 * Validation is live and points at the bad character — in the message ("Caractere inválido «ç» na
 * posição 12. …", tied to the field by aria-describedby and aria-invalid) and in a monospace mirror line
 * under the field with the character marked (aria-hidden). While typing, a key that is merely incomplete
 * is a neutral hint; it becomes an error when the field loses focus. Pasted text is judged at once.
 *
 * @example
 * const secretRef = useRef<EnteredSecret | null>(null)
 * <SecretInput onSecretChange={(secret) => { secretRef.current = secret; setReady(secret !== null) }} />
 */
import {
  useEffect,
  useId,
  useRef,
  useState,
  type ClipboardEvent,
  type DragEvent,
  type FormEvent,
} from 'react'
import { useA2F } from '../provider/a2f-context.js'
import { cx } from '../util/class-names.js'
import type { EnteredSecret, SecretSource } from './entered-secret.js'
import { defaultQrDecoder, type QrDecoder } from './qr-decoder.js'
import { readSecretEntry, type SecretReading } from './read-secret-entry.js'
import { describeSecretProblem, isIncompleteProblem, type SecretProblem } from './secret-problem.js'
import { carriesFiles, firstFile, isImage } from './transfer-files.js'

export interface SecretInputProps {
  /**
   * Called on every change of the entry: the key when it is usable, `null` while the field is empty or
   * the text is not a usable key (or an export's account is not picked yet). Keep the key in a ref.
   */
  onSecretChange: (secret: EnteredSecret | null) => void
  /** Label of the field. Default: `messages.secretInput.label` ('Chave de autenticação'). */
  label?: string
  /** Focus the field on mount. Default false. */
  autoFocus?: boolean
  /** Disables the field and the image upload. Default false. */
  disabled?: boolean
  /** Id of the text field (for an outside `<label>` or tests). Default: generated. */
  id?: string
  /**
   * Reads QR codes from images. Default: `defaultQrDecoder` (zxing-wasm, loaded on the first image, its
   * .wasm served locally; see `createZxingQrDecoder` for hosts whose bundler needs a `wasmUrl`).
   */
  qrDecoder?: QrDecoder
  /** Ids of the owner's own messages about this field (e.g. "key required"), read after the field's own. */
  'aria-describedby'?: string
  /** The owner marks the field invalid (its own check failed), on top of the field's own validation. */
  'aria-invalid'?: boolean
  /** Added after the stable `a2f-secret-input` class. */
  className?: string
}

/** What the field shows; nothing here is secret. */
type EntryStatus = 'empty' | 'incomplete' | 'invalid' | 'valid' | 'choose-account'

interface EntryDisplay {
  status: EntryStatus
  problem?: SecretProblem
  /** Of the valid key. */
  bits?: number
  source?: SecretSource
  issuer?: string
  account?: string
  /** Warning codes of the valid key, with its bits for SECRET_WEAK. */
  warnings?: string[]
  /** Accounts of a Google Authenticator export (names only) and the one picked. */
  accounts?: { issuer?: string; account: string }[]
  chosen?: number
  skipped?: number
  batch?: { index: number; size: number }
}

/** Where a QR screenshot stands. */
type QrState = 'idle' | 'decoding' | 'read' | 'no-qr-code' | 'not-a-key' | 'failed' | 'not-an-image'

const EMPTY: EntryDisplay = { status: 'empty' }

/** How much of a long text the pointer line shows on each side of the bad character. */
const POINTER_CONTEXT = 40

/** The court key field: text, otpauth:// link, Google export or QR screenshot; see the module header. */
export function SecretInput(props: SecretInputProps) {
  const { onSecretChange, label, autoFocus, disabled, id, qrDecoder, className } = props
  const { messages } = useA2F()
  const text = messages.secretInput
  const baseId = useId()
  const inputId = id ?? `${baseId}-input`
  const hintId = `${baseId}-hint`
  const messageId = `${baseId}-message`
  const radioName = `${baseId}-account`

  const [display, setDisplay] = useState<EntryDisplay>(EMPTY)
  const [qr, setQr] = useState<QrState>('idle')
  const [dragging, setDragging] = useState(false)

  const textRef = useRef<HTMLTextAreaElement>(null)
  const pointerRef = useRef<HTMLDivElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  /** The keys of an export's accounts, until one is picked. Never state. */
  const accountsRef = useRef<EnteredSecret[]>([])
  /** Whether the user has entered anything yet (an empty field is an error only after that). */
  const touchedRef = useRef(false)
  /** Bumped by every new entry, so a slow QR decode cannot overwrite what came after it. */
  const runRef = useRef(0)
  const onSecretChangeRef = useRef(onSecretChange)
  useEffect(() => {
    onSecretChangeRef.current = onSecretChange
  })
  useEffect(
    () => () => {
      runRef.current++
    },
    [],
  )

  function emit(secret: EnteredSecret | null) {
    onSecretChangeRef.current(secret)
  }

  function validDisplay(secret: EnteredSecret): EntryDisplay {
    const shown: EntryDisplay = {
      status: 'valid',
      bits: secret.bytes.length * 8,
      source: secret.source,
      warnings: secret.warnings.map((warning) => warning.code),
    }
    if (secret.issuer !== undefined) shown.issuer = secret.issuer
    if (secret.account !== undefined) shown.account = secret.account
    return shown
  }

  /** Shows a reading and hands its key (or null) to the owner. `final`: judge incomplete keys as errors. */
  function showReading(reading: SecretReading, final: boolean) {
    accountsRef.current = []
    if (reading.kind === 'secret') {
      setDisplay(validDisplay(reading.secret))
      emit(reading.secret)
      return
    }
    if (reading.kind === 'accounts') {
      const { accounts, skipped, batch } = reading
      accountsRef.current = accounts
      const names = accounts.map((secret) => ({
        ...(secret.issuer === undefined ? {} : { issuer: secret.issuer }),
        account: secret.account ?? '',
      }))
      const only = accounts.length === 1 ? accounts[0] : undefined
      if (only) {
        setDisplay({ ...validDisplay(only), accounts: names, chosen: 0, skipped, batch })
        emit(only)
      } else {
        setDisplay({ status: 'choose-account', accounts: names, skipped, batch })
        emit(null)
      }
      return
    }
    const incomplete = !final && isIncompleteProblem(reading.problem)
    setDisplay({ status: incomplete ? 'incomplete' : 'invalid', problem: reading.problem })
    emit(null)
  }

  /** The mirror line under the field, drawn on the element itself so the text stays out of React. */
  function drawPointer(value: string, index: number | undefined) {
    const node = pointerRef.current
    if (!node) return
    if (index === undefined) {
      node.replaceChildren()
      return
    }
    const character = String.fromCodePoint(value.codePointAt(index) ?? 0xfffd)
    const start = Math.max(0, index - POINTER_CONTEXT)
    const end = Math.min(value.length, index + character.length + POINTER_CONTEXT)
    // One line, as the key reads: line breaks and tabs pasted with it become spaces.
    const flat = (part: string) => part.replace(/[\r\n\t]/g, ' ')
    const mark = node.ownerDocument.createElement('mark')
    mark.className = 'a2f-secret-input-pointer-mark'
    mark.textContent = character
    node.replaceChildren(
      (start > 0 ? '…' : '') + flat(value.slice(start, index)),
      mark,
      flat(value.slice(index + character.length, end)) + (end < value.length ? '…' : ''),
    )
  }

  function evaluateText(value: string, final: boolean) {
    runRef.current++
    setQr('idle')
    if (value.trim() === '') {
      accountsRef.current = []
      drawPointer(value, undefined)
      setDisplay(
        final && touchedRef.current ? { status: 'invalid', problem: { code: 'SECRET_EMPTY' } } : EMPTY,
      )
      emit(null)
      return
    }
    touchedRef.current = true
    const reading = readSecretEntry(value, 'text')
    const pointAt =
      reading.kind === 'problem' && reading.problem.code === 'SECRET_INVALID_CHARACTER'
        ? reading.problem.index
        : undefined
    drawPointer(value, pointAt)
    showReading(reading, final)
  }

  function onInput(event: FormEvent<HTMLTextAreaElement>) {
    const { inputType } = event.nativeEvent as InputEvent
    // A paste or drop is the whole key at once: judge it fully. Typing is judged leniently until blur.
    const final = inputType === 'insertFromPaste' || inputType === 'insertFromDrop'
    evaluateText(event.currentTarget.value, final)
  }

  function onBlur() {
    const value = textRef.current?.value ?? ''
    if (
      display.status === 'incomplete' ||
      (value.trim() === '' && touchedRef.current && display.status === 'empty')
    ) {
      evaluateText(value, true)
    }
  }

  async function readImage(file: Blob) {
    const run = ++runRef.current
    if (!isImage(file)) {
      setQr('not-an-image')
      return
    }
    setQr('decoding')
    let texts: string[]
    try {
      texts = await (qrDecoder ?? defaultQrDecoder)(file)
    } catch {
      if (run === runRef.current) setQr('failed')
      return
    }
    if (run !== runRef.current) return
    if (texts.length === 0) {
      setQr('no-qr-code')
      return
    }
    const readings = texts.map((decoded) => readSecretEntry(decoded, 'qr'))
    // The first QR code that holds a key wins; else, a key link that is broken says why.
    const reading =
      readings.find((candidate) => candidate.kind !== 'problem') ??
      readings.find((_, index) => /^\s*otpauth(-migration)?:/i.test(texts[index] ?? ''))
    if (!reading) {
      setQr('not-a-key')
      return
    }
    // The image replaces whatever was typed; its text is not echoed into the field.
    if (textRef.current) textRef.current.value = ''
    drawPointer('', undefined)
    touchedRef.current = true
    setQr('read')
    showReading(reading, true)
  }

  function choose(index: number) {
    const secret = accountsRef.current[index]
    if (!secret) return
    setDisplay((current) => ({ ...current, ...validDisplay(secret), chosen: index }))
    emit(secret)
  }

  function onPaste(event: ClipboardEvent<HTMLDivElement>) {
    const transfer = event.clipboardData
    // Office apps put text and a picture of it on the clipboard: the text is what was meant.
    if (transfer.getData('text/plain').trim() !== '') return
    const file = firstFile(transfer)
    if (!file) return
    event.preventDefault()
    void readImage(file)
  }

  function onDragOver(event: DragEvent<HTMLDivElement>) {
    if (disabled || !carriesFiles(event.dataTransfer)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    if (!dragging) setDragging(true)
  }

  function onDragLeave(event: DragEvent<HTMLDivElement>) {
    const to = event.relatedTarget
    if (to instanceof Node && event.currentTarget.contains(to)) return
    setDragging(false)
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    setDragging(false)
    if (disabled || !carriesFiles(event.dataTransfer)) return
    event.preventDefault()
    const file = firstFile(event.dataTransfer)
    if (file) void readImage(file)
  }

  const invalid = display.status === 'invalid'
  const qrMessage = {
    idle: '',
    decoding: text.decoding,
    read: text.readFromImage,
    'no-qr-code': text.noQrCode,
    'not-a-key': text.notAKey,
    failed: text.decoderFailed,
    'not-an-image': text.notAnImage,
  }[qr]
  const showAccounts = display.accounts !== undefined && display.accounts.length > 1

  return (
    <div
      className={cx('a2f-secret-input', className)}
      data-state={display.status}
      data-source={display.source}
      data-qr-state={qr}
    >
      <div
        className="a2f-secret-input-dropzone"
        data-state={dragging ? 'dragging' : 'idle'}
        onPaste={onPaste}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        <div className="a2f-field a2f-secret-input-field" data-invalid={invalid ? '' : undefined}>
          <label className="a2f-secret-input-label" htmlFor={inputId}>
            {label ?? text.label}
          </label>
          <p id={hintId} className="a2f-field-hint a2f-secret-input-hint">
            {text.hint}
          </p>
          <textarea
            ref={textRef}
            id={inputId}
            className="a2f-secret-input-text"
            rows={2}
            aria-describedby={[hintId, messageId, props['aria-describedby']].filter(Boolean).join(' ')}
            aria-invalid={invalid || props['aria-invalid'] || undefined}
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="characters"
            spellCheck={false}
            // Browser translation would rewrite the key.
            translate="no"
            disabled={disabled}
            onInput={onInput}
            onBlur={onBlur}
            {...(autoFocus ? { autoFocus: true } : {})}
          />
          {/* Children are drawn by drawPointer(); React must never render any here. */}
          <div
            ref={pointerRef}
            className="a2f-secret-input-pointer"
            aria-hidden="true"
            translate="no"
            hidden={display.problem?.code !== 'SECRET_INVALID_CHARACTER'}
          />
          <div id={messageId} className="a2f-secret-input-message" data-kind={messageKind(display.status)}>
            {display.problem && (
              <p className={invalid ? 'a2f-field-error' : 'a2f-field-hint'}>
                {describeSecretProblem(display.problem, text)}
              </p>
            )}
            {display.status === 'choose-account' && <p className="a2f-field-hint">{text.chooseAccount}</p>}
            {display.status === 'valid' && display.bits !== undefined && (
              <p className="a2f-secret-input-valid">
                {text.valid(display.bits)}
                {display.source !== undefined && ` ${text.sourceLine(text.sources[display.source])}`}
                {(display.issuer !== undefined || display.account !== undefined) &&
                  ` ${text.accountLine(display.issuer, display.account)}`}
              </p>
            )}
            {display.status === 'valid' && display.warnings && display.warnings.length > 0 && (
              <ul className="a2f-secret-input-warnings">
                {display.warnings.map((code) => (
                  <li key={code} data-code={code}>
                    {code === 'SECRET_WEAK'
                      ? text.weakKey(display.bits ?? 0)
                      : code === 'URI_ISSUER_MISMATCH'
                        ? text.issuerMismatch
                        : code}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>

        {showAccounts && (
          <fieldset className="a2f-secret-input-accounts" disabled={disabled}>
            <legend>{text.accountsLegend(display.accounts?.length ?? 0)}</legend>
            {display.accounts?.map((account, index) => (
              <label
                key={index}
                className="a2f-secret-input-account"
                data-state={display.chosen === index ? 'checked' : 'idle'}
              >
                <input
                  type="radio"
                  name={radioName}
                  value={String(index)}
                  checked={display.chosen === index}
                  onChange={() => choose(index)}
                />{' '}
                {text.accountOption(account.issuer, account.account)}
              </label>
            ))}
            {(display.skipped ?? 0) > 0 && (
              <p className="a2f-field-hint">{text.skippedAccounts(display.skipped ?? 0)}</p>
            )}
            {display.batch && display.batch.size > 1 && (
              <p className="a2f-field-hint">
                {text.exportBatch(display.batch.index + 1, display.batch.size)}
              </p>
            )}
          </fieldset>
        )}

        <div className="a2f-secret-input-qr">
          <button
            type="button"
            className="a2f-button a2f-secret-input-upload"
            disabled={disabled}
            onClick={() => fileRef.current?.click()}
          >
            {text.uploadButton}
          </button>
          <input
            ref={fileRef}
            className="a2f-secret-input-file"
            type="file"
            accept="image/*"
            hidden
            tabIndex={-1}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0]
              // Cleared so that choosing the same file again still fires a change.
              event.currentTarget.value = ''
              if (file) void readImage(file)
            }}
          />{' '}
          <span className="a2f-field-hint a2f-secret-input-drop-hint">
            {dragging ? text.dropActive : text.dropHint}
          </span>
          <p className="a2f-secret-input-qr-status" role="status" data-state={qr}>
            {qrMessage}
          </p>
        </div>
      </div>
    </div>
  )
}

function messageKind(status: EntryStatus): string {
  if (status === 'invalid') return 'error'
  if (status === 'valid') return 'valid'
  return 'hint'
}
