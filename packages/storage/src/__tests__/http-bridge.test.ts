import { createServer, request as nodeRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { toNodeListener } from '../http.js'
import { waitFor } from './http-support.js'

let server: Server | undefined
afterEach(async () => {
  const current = server
  server = undefined
  if (current === undefined) return
  await new Promise((resolve) => {
    current.close(resolve)
    current.closeAllConnections()
  })
})

async function serve(handler: (request: Request) => Promise<Response>): Promise<string> {
  server = createServer(toNodeListener(handler))
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** A raw node:http request, for what fetch would normalise away (the Host header, the path). */
function rawRequest(
  origin: string,
  options: { path: string; method?: string; headers?: Record<string, string> },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = nodeRequest(`${origin}/`, { ...options, agent: false }, (response) => {
      let body = ''
      response.setEncoding('utf8').on('data', (text: string) => (body += text))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    request.on('error', reject)
    request.end()
  })
}

describe('toNodeListener', () => {
  it('hands method, URL, headers and a streamed body to the handler, and its answer back', async () => {
    const origin = await serve(async (request) => {
      const body = new Uint8Array(await request.arrayBuffer())
      const headers = new Headers({ 'x-echo': request.headers.get('x-multi') ?? '' })
      headers.append('set-cookie', 'a=1')
      headers.append('set-cookie', 'b=2')
      return Response.json(
        { method: request.method, url: request.url, size: body.byteLength, last: body.at(-1) },
        { status: 201, headers },
      )
    })
    const big = new Uint8Array(3 * 1024 * 1024).fill(1)
    big[big.length - 1] = 9
    const response = await fetch(`${origin}/a/b?c=d`, {
      method: 'POST',
      body: big,
      headers: { 'x-multi': 'one' },
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('x-echo')).toBe('one')
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2'])
    expect(await response.json()).toEqual({
      method: 'POST',
      url: `${origin}/a/b?c=d`,
      size: big.length,
      last: 9,
    })
  })

  it('keeps a path that looks like another host a path, and ignores a malformed Host', async () => {
    const origin = await serve(async (request) => new Response(request.url))
    expect((await rawRequest(origin, { path: '//evil.example/x' })).body).toBe(`${origin}//evil.example/x`)
    const spoofed = await rawRequest(origin, { path: '/x', headers: { host: 'a b@c' } })
    expect(spoofed.body).toBe('http://localhost/x')
  })

  it('aborts the request signal when the client goes away, and streams as the handler writes', async () => {
    let aborted = false
    const origin = await serve(async (request) => {
      request.signal.addEventListener('abort', () => (aborted = true))
      const encoder = new TextEncoder()
      return new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(encoder.encode('first\n'))
          },
        }),
      )
    })
    const abort = new AbortController()
    const response = await fetch(`${origin}/stream`, { signal: abort.signal })
    const reader = response.body!.getReader()
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('first\n')
    abort.abort()
    await waitFor(() => aborted)
  })

  it('answers 500 when a handler throws, and 400 to a request Request refuses', async () => {
    const origin = await serve(async (request) => {
      if (request.url.endsWith('/throw')) throw new Error('secret detail')
      return new Response('ok')
    })
    const thrown = await rawRequest(origin, { path: '/throw' })
    expect(thrown).toEqual({ status: 500, body: '' })
    expect((await rawRequest(origin, { path: '/x', method: 'TRACE' })).status).toBe(400)
    expect((await rawRequest(origin, { path: '/x' })).body).toBe('ok')
  })

  it('drains a body the handler does not read, keeping the connection usable', async () => {
    const origin = await serve(async () => new Response('refused', { status: 401 }))
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await fetch(`${origin}/x`, { method: 'POST', body: new Uint8Array(256 * 1024) })
      expect(response.status).toBe(401)
      expect(await response.text()).toBe('refused')
    }
  })
})
