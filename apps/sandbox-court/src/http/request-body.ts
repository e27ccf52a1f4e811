/**
 * Reads a request body with a size limit: HTML forms (application/x-www-form-urlencoded) and the JSON of
 * the test-only endpoints. The sandbox's forms are tiny; anything bigger is refused, not buffered.
 *
 * @example
 *   const form = await readForm(req)   // URLSearchParams
 *   form.get('txtUsuario')
 */
import type { IncomingMessage } from 'node:http'

const MAX_BODY_BYTES = 64 * 1024

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message)
    this.name = 'BodyError'
  }
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new BodyError(413, 'Corpo da requisição grande demais.')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const mediaType = (req: IncomingMessage) =>
  (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()

export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = mediaType(req)
  if (type !== 'application/x-www-form-urlencoded' && type !== '') {
    throw new BodyError(415, 'Envie o formulário como application/x-www-form-urlencoded.')
  }
  return new URLSearchParams(await readText(req))
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  if (mediaType(req) !== 'application/json') throw new BodyError(415, 'Envie JSON (application/json).')
  try {
    return JSON.parse(await readText(req)) as unknown
  } catch (error) {
    if (error instanceof BodyError) throw error
    throw new BodyError(400, 'JSON inválido.')
  }
}
