import { storageError } from '../errors.js'
import { MAX_OTPAUTH_IMPORT_LENGTH, MAX_OTPAUTH_IMPORT_URIS, type LimitDetails } from '../limits.js'

/**
 * The entries of an otpauth import, bounded before any is read: text with one URI per line (blank lines
 * ignored, numbered from 1 as editors do) or an array of URIs (numbered from 0). At most
 * `MAX_OTPAUTH_IMPORT_URIS` entries and `MAX_OTPAUTH_IMPORT_LENGTH` characters, else BACKUP_INVALID 'TOO_LARGE'.
 *
 * ```ts
 * uriEntries('otpauth://totp/A?secret=…\n\notpauth://totp/B?secret=…')
 * // [{ index: 1, text: 'otpauth://totp/A?secret=…' }, { index: 3, text: 'otpauth://totp/B?secret=…' }]
 * ```
 *
 * Text is walked once, keeping only where its non-blank lines start and end: 32 Mi newlines would
 * otherwise become 32 million strings before the first is looked at.
 */
export function uriEntries(input: string | readonly unknown[]): { index: number; text: string }[] {
  if (typeof input === 'string') return textEntries(input)
  if (input.length > MAX_OTPAUTH_IMPORT_URIS)
    throw tooLarge('MAX_OTPAUTH_IMPORT_URIS', MAX_OTPAUTH_IMPORT_URIS, input.length)
  let length = 0
  for (const item of input) length += typeof item === 'string' ? item.length : 0
  if (length > MAX_OTPAUTH_IMPORT_LENGTH)
    throw tooLarge('MAX_OTPAUTH_IMPORT_LENGTH', MAX_OTPAUTH_IMPORT_LENGTH, length)
  // A non-string item is kept: the core reports it ('NOT_A_STRING').
  return input
    .map((text, index) => ({ index, text: text as string }))
    .filter(({ text }) => typeof text !== 'string' || text.trim() !== '')
}

function textEntries(text: string): { index: number; text: string }[] {
  if (text.length > MAX_OTPAUTH_IMPORT_LENGTH)
    throw tooLarge('MAX_OTPAUTH_IMPORT_LENGTH', MAX_OTPAUTH_IMPORT_LENGTH, text.length)
  const lines: { index: number; start: number; end: number }[] = []
  let line = 1
  let start = 0
  let blank = true
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : LF
    if (c !== LF && c !== CR) {
      if (blank && !isTrimmed(c)) blank = false
      continue
    }
    if (!blank) {
      if (lines.length === MAX_OTPAUTH_IMPORT_URIS)
        throw tooLarge('MAX_OTPAUTH_IMPORT_URIS', MAX_OTPAUTH_IMPORT_URIS, lines.length + 1)
      lines.push({ index: line, start, end: i })
    }
    if (c === CR && text.charCodeAt(i + 1) === LF) i += 1 // CRLF ends one line
    line += 1
    start = i + 1
    blank = true
  }
  return lines.map(({ index, start, end }) => ({ index, text: text.slice(start, end) }))
}

/**
 * The characters `String.prototype.trim` removes (ECMA-262 WhiteSpace and LineTerminator), so that a
 * line is blank here exactly when `line.trim() === ''`.
 */
function isTrimmed(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

const LF = 0x0a
const CR = 0x0d

const tooLarge = (limit: LimitDetails['limit'], maximum: number, actual: number) =>
  storageError('BACKUP_INVALID', { reason: 'TOO_LARGE', limit, maximum, actual })
