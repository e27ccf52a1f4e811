/**
 * The court key field as a framework-free machine: what the user brings (typed or pasted text, an
 * `otpauth://` link, a Google Authenticator export, a QR screenshot) and where it stands. `status` is
 * what the field shows — 'empty' → 'incomplete' (still typing) / 'invalid' (judged: on paste, on blur) /
 * 'valid' / 'choose-account' (an export: pick one) — and `image` where the last screenshot stands
 * ('decoding', cancellable; 'read'; or why it gave no key). An image that gives no key leaves the field
 * as it was, and the key held before with it; `entry` (what `onEntryChange` gets) says 'image-failed',
 * so an owner refuses to go on. The shipped `SecretInput` is a rendering of this machine.
 *
 * The key never reaches a snapshot: the text stays in the host's uncontrolled input (read from the
 * event), the bytes in this closure, handed once to `onSecretChange`. A QR read is cancelled by
 * `cancelReading()`, by any newer entry, or by `dispose()`: its result is then dropped, never shown.
 *
 * @example
 * const entry = createKeyEntry({ onSecretChange: (secret) => enrollment.setSecret(secret) })
 * entry.input('mmzd imru gzrg cnrq ga2g mmrw mvqw izbw')  // status 'valid', source 'typed', 160 bits
 * const reading = entry.readImage(screenshot)              // status 'decoding'
 * entry.cancelReading()                                   // back to what the field held; result dropped
 */
import type { EnteredSecret, SecretSource } from '../secret-input/entered-secret.js'
import type { QrDecoder } from '../secret-input/qr-decoder.js'
import { readSecretEntry, type SecretReading } from '../secret-input/read-secret-entry.js'
import type { SecretEntry, SecretImageFailure } from '../secret-input/secret-entry.js'
import { isIncompleteProblem, type SecretProblem } from '../secret-input/secret-problem.js'
import { isImage } from '../secret-input/transfer-files.js'

/** What the field shows about its text (an image's state is `image`). */
export type KeyEntryStatus = 'empty' | 'incomplete' | 'invalid' | 'valid' | 'choose-account'

/** Where the last QR screenshot stands: nothing to say, being read, read, or why it gave no key. */
export type KeyEntryImage = 'idle' | 'decoding' | 'read' | SecretImageFailure

/** What is shown about a key: its size and names, never its bytes. */
export interface KeyEntryKey {
  bits: number
  source: SecretSource
  issuer?: string
  account?: string
  /** Codes of non-blocking warnings ('SECRET_WEAK'). */
  warnings: readonly string[]
}

export interface KeyEntrySnapshot {
  status: KeyEntryStatus
  /** The text's problem ('incomplete', 'invalid'). */
  problem: SecretProblem | null
  /** The usable key ('valid'). */
  key: KeyEntryKey | null
  /** An export's accounts ('choose-account', and 'valid' once one is picked). */
  accounts: readonly KeyEntryKey[]
  chosen: number | null
  /** Entries of an export that cannot be used (HOTP, damaged). */
  skipped: number
  /** Which QR code of a multi-code export this is (0-based `index`) and how many there are. */
  batch: { index: number; size: number } | null
  /** Where the last QR screenshot stands. */
  image: KeyEntryImage
  /** Why the last image gave no key. */
  imageFailure: SecretImageFailure | null
  /** The last image was cancelled while being read. */
  readingCancelled: boolean
  /** A file is dragged over the drop zone. */
  dragging: boolean
  /** What `onEntryChange` reports (plain data, no key). */
  entry: SecretEntry
}

export interface KeyEntryOptions {
  /** Called with the key when it becomes usable, null when it stops being. Keep it in a ref or machine. */
  onSecretChange?: (secret: EnteredSecret | null) => void
  /** Called when what the field holds changes (an owner refuses to go on with an unusable entry). */
  onEntryChange?: (entry: SecretEntry) => void
  /** Reads QR codes from images. Default: zxing-wasm, loaded on the first image (`defaultQrDecoder`). */
  qrDecoder?: QrDecoder
  /** An emptied field, once touched, is an error. Default true. */
  required?: boolean
}

export interface KeyEntry {
  getSnapshot(): KeyEntrySnapshot
  subscribe(listener: () => void): () => void
  /** Replaces the callbacks and decoder (hooks pass the latest on every render). */
  setOptions(options: KeyEntryOptions): void
  /** Text entered; `final`: judge it fully (a paste or drop), else an incomplete key is only a hint. */
  input(text: string, final?: boolean): void
  /** The field lost focus: an incomplete key becomes an error, an emptied field asks for the key. */
  blur(text: string): void
  /** Reads a QR screenshot; resolves when read, failed or cancelled. */
  readImage(image: Blob): Promise<void>
  /** Cancels the image being read: the field goes back to what it held. */
  cancelReading(): void
  chooseAccount(index: number): void
  setDragging(dragging: boolean): void
  /** Empties the entry (the host empties its input; `getInputProps` does it for the bound element). */
  clear(): void
  /** Drops a pending read. Not final: the machine keeps working (React StrictMode re-mounts). */
  dispose(): void
}

const EMPTY_ENTRY: SecretEntry = /* @__PURE__ */ Object.freeze({ status: 'empty' })

const shown = ({ bytes, source, issuer, account, warnings }: EnteredSecret): KeyEntryKey => ({
  bits: bytes.length * 8,
  source,
  warnings: warnings.map((warning) => warning.code),
  ...(issuer === undefined ? {} : { issuer }),
  ...(account === undefined ? {} : { account }),
})

/** The snapshot without what is derived (`entry`) or kept across entries (`dragging`). */
type KeyEntryState = Omit<KeyEntrySnapshot, 'entry' | 'dragging'>

const FRESH: KeyEntryState = /* @__PURE__ */ Object.freeze({
  status: 'empty',
  problem: null,
  key: null,
  accounts: [],
  chosen: null,
  skipped: 0,
  batch: null,
  image: 'idle',
  imageFailure: null,
  readingCancelled: false,
})

const INITIAL: KeyEntrySnapshot = /* @__PURE__ */ Object.freeze({
  ...FRESH,
  dragging: false,
  entry: EMPTY_ENTRY,
})

export function createKeyEntry(initialOptions: KeyEntryOptions = {}): KeyEntry {
  let options = initialOptions
  let snapshot = INITIAL
  let accounts: EnteredSecret[] = []
  let touched = false
  /** Bumped by every entry, so a slow or cancelled QR read cannot overwrite what came after it. */
  let run = 0
  let reported: string = JSON.stringify(EMPTY_ENTRY)
  const listeners = new Set<() => void>()

  /** Publishes `next`; `secret` (when given: a key or null) goes to `onSecretChange`. */
  function publish(next: KeyEntryState, secret?: EnteredSecret | null): void {
    const entry = entryOf(next)
    snapshot = Object.freeze({ ...next, dragging: snapshot.dragging, entry })
    const text = JSON.stringify(entry)
    if (text !== reported) {
      reported = text
      options.onEntryChange?.(entry)
    }
    if (secret !== undefined) options.onSecretChange?.(secret)
    for (const listener of [...listeners]) listener()
  }

  /** What the field holds, for `onEntryChange`: an image being read or that failed wins over the text. */
  function entryOf(next: KeyEntryState): SecretEntry {
    if (next.image === 'decoding') return { status: 'decoding' }
    if (next.imageFailure) return { status: 'image-failed', reason: next.imageFailure }
    switch (next.status) {
      case 'incomplete':
      case 'invalid':
        // "Informe a chave" on an emptied field: the field holds nothing, it is not an unusable entry.
        return next.problem!.code === 'SECRET_EMPTY'
          ? EMPTY_ENTRY
          : { status: next.status, problem: next.problem! }
      default:
        return { status: next.status }
    }
  }

  /** The field's text state as it stands, with the image state `image`. */
  function withImage(image: KeyEntryImage): KeyEntryState {
    const { entry: _entry, dragging: _dragging, ...current } = snapshot
    const failure = image === 'idle' || image === 'decoding' || image === 'read' ? null : image
    return { ...current, image, imageFailure: failure, readingCancelled: false }
  }

  function show(reading: SecretReading | undefined, final: boolean, image: KeyEntryImage): void {
    accounts = []
    const base = { ...FRESH, image }
    if (reading?.kind === 'accounts') {
      accounts = reading.accounts
      const next: KeyEntryState = {
        ...base,
        status: 'choose-account',
        accounts: accounts.map(shown),
        skipped: reading.skipped,
        batch: reading.batch,
      }
      // An export of one account needs no choice.
      if (accounts.length === 1)
        return publish({ ...next, status: 'valid', key: next.accounts[0]!, chosen: 0 }, accounts[0]!)
      return publish(next, null)
    }
    if (reading?.kind === 'secret')
      return publish({ ...base, status: 'valid', key: shown(reading.secret) }, reading.secret)
    if (reading?.kind === 'problem') {
      const { problem } = reading
      const status = !final && isIncompleteProblem(problem) ? 'incomplete' : 'invalid'
      return publish({ ...base, status, problem }, null)
    }
    publish(base, null)
  }

  function evaluate(text: string, final: boolean): void {
    run++
    let reading: SecretReading | undefined
    if (text.trim() !== '') {
      touched = true
      reading = readSecretEntry(text)
    } else if (final && touched && options.required !== false) {
      reading = { kind: 'problem', problem: { code: 'SECRET_EMPTY' } }
    }
    // Typing replaces whatever an image brought (or failed to bring).
    show(reading, final, 'idle')
  }

  async function readImage(image: Blob): Promise<void> {
    const current = ++run
    // An image that gives no key leaves the field's text state, and the key held before, as they were.
    if (!isImage(image)) return publish(withImage('not-an-image'))
    publish(withImage('decoding'))
    let texts: string[]
    try {
      const decoder = options.qrDecoder ?? (await import('../secret-input/qr-decoder.js')).defaultQrDecoder
      texts = await decoder(image)
    } catch {
      if (current === run) publish(withImage('decoder-failed'))
      return
    }
    if (current !== run) return // cancelled, or replaced by a newer entry
    const readings = texts.map((decoded) => readSecretEntry(decoded, 'qr'))
    // The first QR code that holds a key wins; else, a key link that is broken says why.
    const reading =
      readings.find((candidate) => candidate.kind !== 'problem') ??
      readings.find((_, index) => /^\s*otpauth(-migration)?:/i.test(texts[index] ?? ''))
    if (!reading) return publish(withImage(texts.length > 0 ? 'not-a-key' : 'no-qr-code'))
    touched = true
    show(reading, true, 'read')
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    setOptions(next) {
      options = next
    },
    input: (text, final = false) => evaluate(text, final),
    blur(text) {
      // What an image brought (or failed to bring) stands until the next entry: leaving the field is none.
      if (snapshot.image !== 'idle' && snapshot.image !== 'read') return
      // 'empty' means the field is blank: after an entry, leaving it blank asks for the key.
      if (snapshot.status === 'incomplete' || (snapshot.status === 'empty' && touched)) evaluate(text, true)
    },
    readImage,
    cancelReading() {
      if (snapshot.image !== 'decoding') return
      run++
      publish({ ...withImage('idle'), readingCancelled: true })
    },
    chooseAccount(index) {
      const secret = accounts[index]
      if (!secret || (snapshot.status !== 'choose-account' && snapshot.status !== 'valid')) return
      const { entry: _entry, dragging: _dragging, ...rest } = snapshot
      publish({ ...rest, status: 'valid', key: shown(secret), chosen: index }, secret)
    },
    setDragging(dragging) {
      if (dragging === snapshot.dragging) return
      snapshot = Object.freeze({ ...snapshot, dragging })
      for (const listener of [...listeners]) listener()
    },
    clear() {
      run++
      touched = false
      accounts = []
      publish({ ...FRESH }, null)
    },
    dispose() {
      run++
    },
  }
}
