import { storageError } from '../errors.js'
import { wireError, type WireError } from './wire.js'

/** A refusal of the handler itself, with the status to answer. */
export class HttpError {
  constructor(
    readonly status: number,
    readonly error: WireError,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** An `INVALID_INPUT` answered with `status` (400, 413, 415). */
export function invalidRequest(status: number, field: string, reason: string): HttpError {
  const error = storageError('INVALID_INPUT', { field, reason })
  return new HttpError(status, wireError(error.code, error.message, error.details))
}

/**
 * Reads a JSON body of at most `limit` bytes. Requiring `application/json` is also a CSRF guard: a
 * cross-site form can only send form or text types without a CORS preflight, so with cookie sessions a
 * foreign page cannot make the browser create or change credentials.
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (mediaType !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(mediaType)) {
    throw invalidRequest(415, 'body', 'send JSON with Content-Type: application/json')
  }
  const tooLarge = () => invalidRequest(413, 'body', `larger than ${limit} bytes`)
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (declared > limit) throw tooLarge()
  const bytes = await readAtMost(request, limit, tooLarge)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw invalidRequest(400, 'body', 'not UTF-8 text')
  } finally {
    bytes.fill(0) // the body may hold a key: keep one copy fewer in memory
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    // The parser's message quotes the text around the error, which may be a key: never pass it on.
    throw invalidRequest(400, 'body', 'not valid JSON')
  }
}

/** The body's bytes; past `limit` the stream is cancelled (a declared length can lie, chunked has none). */
async function readAtMost(request: Request, limit: number, tooLarge: () => HttpError): Promise<Uint8Array> {
  if (request.body === null) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge()
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
