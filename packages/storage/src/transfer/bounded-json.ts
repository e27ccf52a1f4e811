import { storageError } from '../errors.js'
import { MAX_JSON_DEPTH, type InputLimit, type LimitDetails } from '../limits.js'

/**
 * `JSON.parse` behind limits, for files read from outside (backups, Aegis vaults). The text's length,
 * how deep it nests and how many values it holds are judged on the text first, in one pass that
 * allocates nothing, so a crafted file is refused before `JSON.parse` builds a million objects from it
 * (or a nesting our own recursive code, the backup's canonical JSON, could not walk).
 *
 * ```ts
 * const file = parseBoundedJson(text, { length: { max: MAX_BACKUP_LENGTH, limit: 'MAX_BACKUP_LENGTH' },
 *   maxValues: 64, notJson: 'JSON' })   // BACKUP_INVALID 'TOO_LARGE' { limit, maximum, actual } beyond
 * ```
 */
export interface JsonLimits {
  /** Longest text, in UTF-16 code units (`text.length`), and the limit's name for the error. */
  length?: { max: number; limit: InputLimit }
  /**
   * Most values: counted as containers plus commas plus one, which is at least the number of values
   * (every value after the first in an array or object follows a comma) and at most twice it.
   */
  maxValues: number
  /** Deepest nesting of objects and arrays; `MAX_JSON_DEPTH` by default. */
  maxDepth?: number
  /** The reason when the text is not JSON: 'JSON', or 'FORMAT' for content that authenticated. */
  notJson: 'JSON' | 'FORMAT'
}

export function parseBoundedJson(text: unknown, limits: JsonLimits): unknown {
  if (typeof text !== 'string') throw storageError('BACKUP_INVALID', { reason: limits.notJson })
  const { length } = limits
  if (length !== undefined && text.length > length.max) {
    throw tooLarge({ limit: length.limit, maximum: length.max, actual: text.length })
  }
  const beyond = scan(text, limits.maxDepth ?? MAX_JSON_DEPTH, limits.maxValues)
  if (beyond !== undefined) throw tooLarge(beyond)
  try {
    return JSON.parse(text) as unknown
  } catch {
    // The parser's message quotes the text around the error, which may be a key: never passed on.
    throw storageError('BACKUP_INVALID', { reason: limits.notJson })
  }
}

/** The first limit the text goes past, or undefined. Not a validator: `JSON.parse` judges the syntax. */
function scan(text: string, maxDepth: number, maxValues: number): LimitDetails | undefined {
  let depth = 0
  let values = 1
  const length = text.length
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      i = closingQuote(text, i)
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth += 1
      values += 1
      if (depth > maxDepth) return { limit: 'MAX_JSON_DEPTH', maximum: maxDepth, actual: depth }
      if (values > maxValues)
        return { limit: 'MAX_JSON_VALUES_PER_ENTRY', maximum: maxValues, actual: values }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth -= 1
    } else if (c === COMMA) {
      values += 1
      if (values > maxValues)
        return { limit: 'MAX_JSON_VALUES_PER_ENTRY', maximum: maxValues, actual: values }
    }
  }
  return undefined
}

/**
 * The index of the quote that closes the string opened at `open` (the text's length if none): the next
 * quote not escaped, i.e. preceded by an even run of backslashes. `indexOf` keeps long strings (a
 * backup's base64 `data`) fast; each backslash run is counted once, so the pass stays linear.
 */
function closingQuote(text: string, open: number): number {
  let quote = text.indexOf('"', open + 1)
  while (quote !== -1) {
    let backslashes = 0
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1
    if (backslashes % 2 === 0) return quote
    quote = text.indexOf('"', quote + 1)
  }
  return text.length
}

const tooLarge = (limit: LimitDetails) => storageError('BACKUP_INVALID', { reason: 'TOO_LARGE', ...limit })

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
