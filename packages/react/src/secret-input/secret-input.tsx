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
 * `onEntryChange` tells the owner what the field holds besides the key itself (nothing, a key, a text
 * with a problem, an image that gave no key), so that an owner holding a key from before can refuse to
 * go on while the field holds something else: see `SecretEntry`.
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
  useSyncExternalStore,
  type DragEvent,
  type FormEvent,
} from 'react'
import { createKeyEntry, type KeyEntryKey } from '../headless/key-entry-machine.js'
import { useSecretInputMessages } from './messages.js'
import { cx } from '../util/class-names.js'
import type { EnteredSecret } from './entered-secret.js'
import type { SecretInputMessages } from './messages.js'
import type { QrDecoder } from './qr-decoder.js'
import type { SecretEntry } from './secret-entry.js'
import { describeSecretProblem, keyCharacters, type ExpectedKey } from './secret-problem.js'
import { carriesFiles, firstFile } from './transfer-files.js'

export interface SecretInputProps {
  /**
   * Called on every change of the entry: the key when it is usable, `null` while the field is empty or
   * the text is not a usable key (or an export's account is not picked yet). Keep the key in a ref.
   */
  onSecretChange: (secret: EnteredSecret | null) => void
  /**
   * Called whenever what the field holds changes: empty, a usable key, a text with a problem (and which),
   * an export waiting for its account, a QR screenshot being read or one that gave no key. Plain data,
   * never the key. Default: none.
   */
  onEntryChange?: (entry: SecretEntry) => void
  /**
   * The key the court shows, when known (`{ characters: 32, system: 'eproc' }`): a key with a character
   * missing or extra is told against it ("Chave curta: tem 20 caracteres, e o eproc mostra 32 …"), and a
   * typed key that is valid but shorter gets that warning too (a copy cut short makes codes the court
   * refuses). Default: none — errors compare with the 32 characters courts usually show, and a valid
   * shorter key gets only the warning for keys under 128 bits.
   */
  expectedKey?: ExpectedKey
  /** Label of the field. Default: `messages.secretInput.label` ('Chave de autenticação'). */
  label?: string
  /** Focus the field on mount. Default false. */
  autoFocus?: boolean
  /**
   * Whether an emptied field is an error ("Informe a chave …"). False when the owner already holds a key
   * that an empty field keeps (the wizard, back at the key step). Default true.
   */
  required?: boolean
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

/** Where a QR screenshot stands ('idle': nothing to say), with the message for each state. */
const QR_MESSAGES = {
  decoding: 'decoding',
  read: 'readFromImage',
  'no-qr-code': 'noQrCode',
  'not-a-key': 'notAKey',
  failed: 'decoderFailed',
  'not-an-image': 'notAnImage',
} as const satisfies Record<string, keyof SecretInputMessages>
type QrState = 'idle' | keyof typeof QR_MESSAGES

/** How much of a long text the pointer line shows on each side of the bad character. */
const POINTER_CONTEXT = 40

/** The court key field: text, otpauth:// link, Google export or QR screenshot; see the module header. */
export function SecretInput(props: SecretInputProps) {
  const { onSecretChange, label, autoFocus, disabled, id, qrDecoder, expectedKey, className } = props
  const required = props.required ?? true
  const text = useSecretInputMessages()
  const baseId = useId()
  const inputId = id ?? `${baseId}-input`
  const hintId = `${baseId}-hint`
  const messageId = `${baseId}-message`

  const textRef = useRef<HTMLTextAreaElement>(null)
  const pointerRef = useRef<HTMLDivElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)

  // The headless key entry machine (`createKeyEntry`, @a2f/react/headless) holds what the field shows,
  // the image's state and the export's keys (never in React state); this component draws it.
  const [machine] = useState(() => createKeyEntry())
  // The latest callbacks and options, set after each commit (never during render).
  useEffect(() =>
    machine.setOptions({
      onSecretChange,
      ...(props.onEntryChange ? { onEntryChange: props.onEntryChange } : {}),
      ...(qrDecoder ? { qrDecoder } : {}),
      required,
    }),
  )
  // A QR read still running when the field goes is dropped (the machine keeps working after StrictMode's
  // re-mount).
  useEffect(() => () => machine.dispose(), [machine])
  const display = useSyncExternalStore(machine.subscribe, machine.getSnapshot, machine.getSnapshot)
  const qr: QrState = display.image === 'decoder-failed' ? 'failed' : display.image

  // The mirror line under the field, drawn on the element itself so the text stays out of React.
  const { problem } = display
  useEffect(() => {
    const value = display.image === 'read' ? '' : (textRef.current?.value ?? '')
    drawPointer(
      pointerRef.current,
      value,
      problem?.code === 'SECRET_INVALID_CHARACTER' ? problem.index : undefined,
    )
  }, [problem, display.image])

  function onInput(event: FormEvent<HTMLTextAreaElement>) {
    const { inputType } = event.nativeEvent as InputEvent
    // A paste or drop is the whole key at once: judge it fully. Typing is judged leniently until blur.
    machine.input(
      event.currentTarget.value,
      inputType === 'insertFromPaste' || inputType === 'insertFromDrop',
    )
  }

  async function readImage(file: Blob) {
    await machine.readImage(file)
    // The image replaces whatever was typed; its text is not echoed into the field.
    if (machine.getSnapshot().image === 'read' && textRef.current) textRef.current.value = ''
  }

  /** Reads the image of a paste or drop, if it holds a file; returns that file. */
  function readFileOf(transfer: DataTransfer) {
    const file = firstFile(transfer)
    if (file) void readImage(file)
    return file
  }

  function onDragOver(event: DragEvent<HTMLDivElement>) {
    if (disabled || !carriesFiles(event.dataTransfer)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    machine.setDragging(true)
  }
  const dragging = display.dragging
  const setDragging = machine.setDragging
  const choose = machine.chooseAccount
  const onBlur = () => machine.blur(textRef.current?.value ?? '')

  const invalid = display.status === 'invalid'
  const { key, accounts, skipped, batch } = display
  const warnings = key ? keyWarnings(key, expectedKey) : []

  return (
    <div
      className={cx('a2f-secret-input', className)}
      data-state={display.status}
      data-source={key?.source}
      data-qr-state={qr}
    >
      <div
        className="a2f-secret-input-dropzone"
        data-state={dragging ? 'dragging' : 'idle'}
        onPaste={(event) => {
          // Office apps put text and a picture of it on the clipboard: the text is what was meant.
          const transfer = event.clipboardData
          if (transfer.getData('text/plain').trim() === '' && readFileOf(transfer)) event.preventDefault()
        }}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={(event) => {
          const to = event.relatedTarget
          if (!(to instanceof Node && event.currentTarget.contains(to))) setDragging(false)
        }}
        onDrop={(event) => {
          setDragging(false)
          if (disabled || !carriesFiles(event.dataTransfer)) return
          event.preventDefault()
          readFileOf(event.dataTransfer)
        }}
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
            aria-describedby={cx(hintId, messageId, props['aria-describedby'])}
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
            autoFocus={autoFocus}
          />
          {/* Children are drawn by drawPointer(); React must never render any here. */}
          <div
            ref={pointerRef}
            className="a2f-secret-input-pointer"
            aria-hidden="true"
            translate="no"
            hidden={problem?.code !== 'SECRET_INVALID_CHARACTER'}
          />
          <div
            id={messageId}
            className="a2f-secret-input-message"
            data-kind={invalid ? 'error' : key ? 'valid' : 'hint'}
          >
            {problem && (
              <p className={invalid ? 'a2f-field-error' : 'a2f-field-hint'}>
                {describeSecretProblem(problem, text, expectedKey)}
              </p>
            )}
            {display.status === 'choose-account' && <p className="a2f-field-hint">{text.chooseAccount}</p>}
            {key && (
              <p className="a2f-secret-input-valid">
                {text.valid(key.bits)} {text.sourceLine(text.sources[key.source])}
                {(key.issuer ?? key.account) !== undefined && ` ${text.accountLine(key.issuer, key.account)}`}
              </p>
            )}
            {key && warnings.length > 0 && (
              <ul className="a2f-secret-input-warnings">
                {warnings.map((code) => (
                  <li key={code} data-code={code}>
                    {code === SHORTER_THAN_EXPECTED
                      ? text.shortKey(
                          keyCharacters(key.bits / 8),
                          expectedKey!.characters,
                          expectedKey!.system,
                        )
                      : code === 'SECRET_WEAK'
                        ? text.weakKey(key.bits)
                        : code === 'URI_ISSUER_MISMATCH'
                          ? text.issuerMismatch
                          : code}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>

        {accounts.length > 1 && (
          <fieldset className="a2f-secret-input-accounts" disabled={disabled}>
            <legend>{text.accountsLegend(accounts.length)}</legend>
            {accounts.map((account, index) => (
              <label
                key={index}
                className="a2f-secret-input-account"
                data-state={display.chosen === index ? 'checked' : 'idle'}
              >
                <input
                  type="radio"
                  name={`${baseId}-account`}
                  value={String(index)}
                  checked={display.chosen === index}
                  onChange={() => choose(index)}
                />{' '}
                {text.accountOption(account.issuer, account.account ?? '')}
              </label>
            ))}
            {skipped > 0 && <p className="a2f-field-hint">{text.skippedAccounts(skipped)}</p>}
            {batch && batch.size > 1 && (
              <p className="a2f-field-hint">{text.exportBatch(batch.index + 1, batch.size)}</p>
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
            {qr !== 'idle' && text[QR_MESSAGES[qr]]}
          </p>
        </div>
      </div>
    </div>
  )
}

/** The code of the warning for a typed key shorter than the court's (see `expectedKey`). */
const SHORTER_THAN_EXPECTED = 'SHORTER_THAN_EXPECTED'

/**
 * The warnings shown under a valid key, by code. A typed key shorter than the court's says so, with the
 * counts, instead of the generic "under 128 bits" (one sentence about one problem): links, QR codes and
 * exports carry the key as the issuer wrote it, so only a typed or pasted one can have been cut.
 */
function keyWarnings(key: KeyEntryKey, expected: ExpectedKey | undefined): string[] {
  const codes = [...key.warnings]
  if (!expected || key.source !== 'typed' || keyCharacters(key.bits / 8) >= expected.characters) return codes
  return [SHORTER_THAN_EXPECTED, ...codes.filter((code) => code !== 'SECRET_WEAK')]
}

/**
 * Draws the mirror line under the field on `node` itself (so the text stays out of React): the text
 * around the bad character at `index`, the character marked; nothing when there is none.
 */
function drawPointer(node: HTMLDivElement | null, value: string, index: number | undefined) {
  const parts: (string | Node)[] = []
  if (node && index !== undefined) {
    const character = String.fromCodePoint(value.codePointAt(index) ?? 0xfffd)
    const start = Math.max(0, index - POINTER_CONTEXT)
    const end = Math.min(value.length, index + character.length + POINTER_CONTEXT)
    // One line, as the key reads: line breaks and tabs pasted with it become spaces.
    const flat = (part: string) => part.replace(/[\r\n\t]/g, ' ')
    const mark = node.ownerDocument.createElement('mark')
    mark.className = 'a2f-secret-input-pointer-mark'
    mark.textContent = character
    parts.push(
      (start > 0 ? '…' : '') + flat(value.slice(start, index)),
      mark,
      flat(value.slice(index + character.length, end)) + (end < value.length ? '…' : ''),
    )
  }
  node?.replaceChildren(...parts)
}
