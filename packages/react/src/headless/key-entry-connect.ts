/**
 * Prop getters for the key entry machine (`createKeyEntry`): the field (an uncontrolled textarea or
 * input: the key never enters React state), its label and message wired by `aria-describedby`, the drop
 * zone and paste of QR screenshots, a file picker, the cancel button of a QR read, and the radios of an
 * export's accounts. Pure: snapshot and machine in, props out.
 *
 * @example
 * const api = connectKeyEntry(entry.getSnapshot(), entry, { id: 'key' })
 * <label {...api.getLabelProps()}>Chave</label><textarea {...api.getInputProps()} />
 * <button {...api.getCancelReadingButtonProps()}>Cancelar leitura</button>
 */
import type { ChangeEvent, ClipboardEvent, DragEvent, FormEvent, FocusEvent } from 'react'
import { carriesFiles, firstFile } from '../secret-input/transfer-files.js'
import type { KeyEntry, KeyEntrySnapshot } from './key-entry-machine.js'
import { mergeProps, part, type ElementProps } from './prop-getters.js'

export interface ConnectKeyEntryOptions {
  /** Base of the element ids (React's `useId()`). */
  id: string
  disabled?: boolean
}

export interface KeyEntryApi extends KeyEntrySnapshot {
  /** The field says its text is wrong (aria-invalid). An image without a key is in `image`. */
  invalid: boolean
  decoding: boolean
  getRootProps(props?: ElementProps): ElementProps
  getLabelProps(props?: ElementProps): ElementProps
  getInputProps(props?: ElementProps): ElementProps
  /** Where the host writes what the field holds (problem, key size, QR status): a polite live region. */
  getMessageProps(props?: ElementProps): ElementProps
  getDropZoneProps(props?: ElementProps): ElementProps
  /** A hidden `<input type="file">` for screenshots (a visible button can `.click()` it). */
  getFileInputProps(props?: ElementProps): ElementProps
  /** Shown only while an image is read. */
  getCancelReadingButtonProps(props?: ElementProps): ElementProps
  /** The group of an export's accounts (`role="radiogroup"`), hidden unless there is a choice. */
  getAccountGroupProps(props?: ElementProps): ElementProps
  getAccountOptionProps(index: number, props?: ElementProps): ElementProps
}

const SCOPE = 'key-entry'

export function connectKeyEntry(
  snapshot: KeyEntrySnapshot,
  entry: KeyEntry,
  options: ConnectKeyEntryOptions,
): KeyEntryApi {
  const { id, disabled = false } = options
  const ids = { input: `${id}-input`, message: `${id}-message`, label: `${id}-label` }
  const decoding = snapshot.image === 'decoding'
  // The text is wrong; an image without a key is said in the message, the field itself is not wrong.
  const invalid = snapshot.status === 'invalid'
  /** The element the user types in, to empty it when an image replaces its text. */
  let field: HTMLInputElement | HTMLTextAreaElement | null = null
  const readFile = (file: File | undefined) => {
    if (!file) return false
    // A key read from the image replaces the typed text (which is not echoed into the field); an image
    // that gives no key leaves the text where it was.
    void entry.readImage(file).then(() => {
      if (field && entry.getSnapshot().image === 'read') field.value = ''
    })
    return true
  }
  return {
    ...snapshot,
    invalid,
    decoding,
    getRootProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'root'),
          'data-state': snapshot.status,
          'data-image-state': snapshot.image,
          'data-source': snapshot.key?.source,
          'aria-busy': decoding || undefined,
        },
        props,
        ['data-state'],
      ),
    getLabelProps: (props) =>
      mergeProps({ ...part(SCOPE, 'label'), id: ids.label, htmlFor: ids.input }, props),
    getInputProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'input'),
          id: ids.input,
          ref: (element: HTMLInputElement | HTMLTextAreaElement | null) => {
            field = element
          },
          disabled,
          // A key is no word: no autocorrect, no spellcheck, no translation, no password-manager guess.
          autoComplete: 'off',
          autoCorrect: 'off',
          autoCapitalize: 'characters',
          spellCheck: false,
          translate: 'no',
          'aria-invalid': invalid || undefined,
          'aria-describedby': ids.message,
          'data-state': snapshot.status,
          onInput: (event: FormEvent<HTMLInputElement | HTMLTextAreaElement>) => {
            const { inputType } = event.nativeEvent as InputEvent
            // A paste or drop is the whole key at once: judge it fully. Typing is judged leniently until blur.
            entry.input(
              event.currentTarget.value,
              inputType === 'insertFromPaste' || inputType === 'insertFromDrop',
            )
          },
          onBlur: (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) =>
            entry.blur(event.currentTarget.value),
          onPaste: (event: ClipboardEvent) => {
            // A pasted screenshot (no text): read it as a QR code.
            if (readFile(firstFile(event.clipboardData))) event.preventDefault()
          },
        },
        props,
        ['id', 'aria-describedby'],
      ),
    getMessageProps: (props) =>
      mergeProps(
        { ...part(SCOPE, 'message'), id: ids.message, 'aria-live': 'polite', 'data-state': snapshot.status },
        props,
        ['id'],
      ),
    getDropZoneProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'drop-zone'),
          'data-state': snapshot.dragging ? 'dragging' : 'idle',
          onDragOver: (event: DragEvent) => {
            if (disabled || !carriesFiles(event.dataTransfer)) return
            event.preventDefault()
            event.dataTransfer.dropEffect = 'copy'
            entry.setDragging(true)
          },
          onDragLeave: () => entry.setDragging(false),
          onDrop: (event: DragEvent) => {
            entry.setDragging(false)
            if (!disabled && readFile(firstFile(event.dataTransfer))) event.preventDefault()
          },
        },
        props,
      ),
    getFileInputProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'file-input'),
          type: 'file',
          accept: 'image/*',
          disabled,
          onChange: (event: ChangeEvent<HTMLInputElement>) => {
            readFile(event.target.files?.[0])
            // The same file again must be read again.
            event.target.value = ''
          },
        },
        props,
        ['type'],
      ),
    getCancelReadingButtonProps: (props) =>
      mergeProps(
        { ...part(SCOPE, 'cancel-reading'), type: 'button', hidden: !decoding, onClick: entry.cancelReading },
        props,
        ['type'],
      ),
    getAccountGroupProps: (props) =>
      mergeProps(
        {
          ...part(SCOPE, 'account-group'),
          role: 'radiogroup',
          hidden: snapshot.accounts.length < 2,
          'aria-describedby': ids.message,
        },
        props,
        ['role'],
      ),
    getAccountOptionProps: (index, props) =>
      mergeProps(
        {
          ...part(SCOPE, 'account-option'),
          type: 'radio',
          name: `${id}-account`,
          value: String(index),
          checked: snapshot.chosen === index,
          disabled,
          'data-state': snapshot.chosen === index ? 'checked' : 'unchecked',
          onChange: () => entry.chooseAccount(index),
        },
        props,
        ['type', 'checked'],
      ),
  }
}
