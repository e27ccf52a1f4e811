import { isStorageError, storageError, type StorageError } from '../errors.js'

/**
 * What a failed adapter call throws: its own `StorageError`s (NOT_FOUND, CONFLICT, ALREADY_EXISTS) pass
 * through; an error PostgreSQL raises because of a value (see `inputError`) is `INVALID_INPUT`; anything
 * else — a dropped connection, a server shutting down, a closed pool or database — is `UNAVAILABLE`,
 * with the driver's error kept as `cause` for logs. The write's transaction was rolled back by then, so
 * the message's "nothing was changed" holds (except in the unknowable case of a connection lost during
 * COMMIT itself, which no client can tell apart).
 *
 * `parameters` names the statement's bound parameters ($1 first), so that an error about one of them
 * names the field; without it the field is 'value'.
 */
export function adapterError(
  error: unknown,
  operation: string,
  adapter: string,
  parameters?: readonly string[],
): StorageError {
  return inputError(error, parameters) ?? unavailableError(error, operation, adapter)
}

/** `error` as UNAVAILABLE (a `StorageError` passes through), without the values drivers attach. */
export function unavailableError(error: unknown, operation: string, adapter: string): StorageError {
  if (isStorageError(error)) return error
  return storageError('UNAVAILABLE', { operation, adapter }, { cause: withoutValues(error) })
}

/**
 * A second line of defence behind the store's own checks (`store/text-rule.ts`), which refuse these
 * values first: an error whose SQLSTATE says a value was at fault is the caller's input, never an outage
 * (a robot retries an outage; it must not retry a value that will never fit). Those are class 22, data
 * exceptions (22001 string too long, 22003 number out of range, 22021 a byte sequence the encoding
 * cannot hold, U+0000 among them, 22P02 bad syntax for the type, 22P05 untranslatable character, …),
 * 23502 NOT NULL and 23514 CHECK violations, and 54000 a value too large for an index. Undefined for
 * any other error. The reason names the SQLSTATE, never the driver's message (which may quote the value).
 */
export function inputError(
  error: unknown,
  parameters?: readonly string[],
): StorageError<'INVALID_INPUT'> | undefined {
  const code = isStorageError(error) ? undefined : sqlState(error)
  if (code === undefined) return undefined
  const reason = INPUT_REASONS[code] ?? (code.startsWith('22') ? 'a value the database refuses' : undefined)
  if (reason === undefined) return undefined
  const field = fieldOf(error as Record<string, unknown>, parameters) ?? 'value'
  return storageError(
    'INVALID_INPUT',
    { field, reason: `${reason} (SQLSTATE ${code})` },
    { cause: withoutValues(error) },
  )
}

/** Whether a driver error is PostgreSQL's unique_violation. */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === '23505'
}

const INPUT_REASONS: Readonly<Record<string, string>> = {
  '22001': 'too long for the database',
  '22003': 'a number out of the database range',
  '22021': 'characters the database cannot hold',
  '22P05': 'characters the database cannot translate',
  '22P02': 'not a valid value for the column',
  '23502': 'required',
  '23514': 'a value the schema does not allow',
  '54000': 'too large for the database',
}

/** The constraints of `migrations.ts` and the field each guards. */
const CONSTRAINT_FIELDS: Readonly<Record<string, string>> = {
  a2f_credentials_status_check: 'status',
  a2f_audit_action_check: 'action',
}

function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined
}

/**
 * The field an error is about: the constraint's or column's when PostgreSQL names one, else the bound
 * parameter of its context line ("unnamed portal parameter $3"), which both servers and PGlite give for
 * a value that fails its type's input function.
 */
function fieldOf(error: Record<string, unknown>, parameters: readonly string[] | undefined) {
  if (typeof error.constraint === 'string' && Object.hasOwn(CONSTRAINT_FIELDS, error.constraint)) {
    return CONSTRAINT_FIELDS[error.constraint]
  }
  if (typeof error.column === 'string' && error.column !== '') return camelCase(error.column)
  const parameter = typeof error.where === 'string' ? /\bparameter \$(\d+)/.exec(error.where) : null
  return parameter === null ? undefined : parameters?.[Number(parameter[1]) - 1]
}

/** 'personal_email' → 'personalEmail', 'secret_sealed' → 'secret': the store's field names. */
export function camelCase(column: string): string {
  return column.replace(/_sealed$/, '').replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

/**
 * Drivers put row values on some errors: PGlite attaches the bound parameters (sealed values, e-mails,
 * notes) and PostgreSQL's `detail` of a constraint violation quotes the whole failing row; a server
 * with `log_parameter_max_length_on_error` set quotes the parameter in `where`. Errors end up in logs,
 * so those are removed; SQL state, constraint and message stay.
 */
function withoutValues(error: unknown): unknown {
  if (error === null || typeof error !== 'object') return error
  const record = error as Record<string, unknown>
  for (const key of ['params', 'queryOptions']) if (key in record) delete record[key]
  if (typeof record.detail === 'string' && record.detail.startsWith('Failing row contains')) {
    record.detail = 'Failing row contains (values removed).'
  }
  if (typeof record.where === 'string') {
    record.where = record.where.replace(/(\bparameter \$\d+) = '[\s\S]*$/, "$1 = '(value removed)'")
  }
  return error
}
