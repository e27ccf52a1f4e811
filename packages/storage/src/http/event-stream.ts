/**
 * A reader for `text/event-stream` (the HTML standard's Server-Sent Events format), for hosts without
 * `EventSource` (Node 20) and because `EventSource` cannot send an Authorization header.
 */

export interface ServerSentEvent {
  /** 'message' when the server named none. */
  event: string
  data: string
}

/** A line this long without an end is not an event stream worth following. */
const MAX_LINE = 1024 * 1024

/**
 * Calls `onEvent` for each event until the stream ends; rejects when it fails (an aborted fetch).
 * Lines may end with CRLF, LF or CR, and a chunk may end between CR and LF.
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: ServerSentEvent) => void,
): Promise<void> {
  const parser = createEventStreamParser(onEvent)
  const reader = body.getReader()
  const decoder = new TextDecoder()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      parser.push(decoder.decode(value, { stream: true }))
    }
  } finally {
    await reader.cancel().catch(() => undefined)
  }
}

export function createEventStreamParser(onEvent: (event: ServerSentEvent) => void): {
  push(text: string): void
} {
  let buffer = ''
  let event = ''
  let data: string[] = []
  let afterCr = false

  const line = (text: string) => {
    if (text === '') {
      // A blank line dispatches; an event without data lines is dropped, as the standard says.
      if (data.length > 0) onEvent({ event: event === '' ? 'message' : event, data: data.join('\n') })
      event = ''
      data = []
      return
    }
    if (text.startsWith(':')) return // a comment (keep-alive)
    const colon = text.indexOf(':')
    const field = colon < 0 ? text : text.slice(0, colon)
    let value = colon < 0 ? '' : text.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'event') event = value
    else if (field === 'data') data.push(value)
    // `id` and `retry` are not used: the client has its own backoff, and the server keeps no backlog.
  }

  return {
    push(text) {
      // An empty chunk (the decoder holding half a character) must not forget a pending CR.
      if (text === '') return
      // A CR that ended the last chunk ended a line already; an LF right after it is the rest of a CRLF.
      buffer += afterCr && text.startsWith('\n') ? text.slice(1) : text
      afterCr = false
      let start = 0
      const newline = /\r\n|\r|\n/g
      for (let match = newline.exec(buffer); match !== null; match = newline.exec(buffer)) {
        line(buffer.slice(start, match.index))
        start = match.index + match[0].length
        afterCr = match[0] === '\r' && start === buffer.length
      }
      buffer = buffer.slice(start)
      if (buffer.length > MAX_LINE) throw new Error('Event stream line too long.')
    },
  }
}
