/**
 * A tiny browser for the tests: fetch with a cookie jar, following redirects itself (so cookies set on a
 * redirect are kept), posting classic urlencoded forms. One instance = one browser profile.
 *
 * @example
 *   const browser = createBrowser(court.url)
 *   const page = await browser.post('/eproc/', { txtUsuario: 'RS012345', pwdSenha: '…', acao: 'entrar' })
 *   page.path   // '/eproc/painel'
 */

export interface Page {
  status: number
  /** Path (and query) of the final URL, after redirects. */
  path: string
  html: string
  headers: Headers
  /** Every redirect followed, in order. */
  redirects: string[]
}

export interface Browser {
  get(path: string): Promise<Page>
  post(path: string, fields: Record<string, string>): Promise<Page>
  cookie(name: string): string | undefined
  /** Forgets one cookie, as if it had expired. */
  dropCookie(name: string): void
  /** The raw Set-Cookie lines seen, for attribute checks. */
  setCookieLines: string[]
}

export function createBrowser(origin: string): Browser {
  const jar = new Map<string, string>()
  const setCookieLines: string[] = []

  const keepCookies = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      setCookieLines.push(line)
      const [pair = '', ...attributes] = line.split(';')
      const separator = pair.indexOf('=')
      const name = pair.slice(0, separator).trim()
      const value = pair.slice(separator + 1).trim()
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute))
      if (expired) jar.delete(name)
      else jar.set(name, value)
    }
  }

  async function request(path: string, init: RequestInit): Promise<Page> {
    const redirects: string[] = []
    let url = new URL(path, origin)
    let currentInit = init
    for (;;) {
      const headers = new Headers(currentInit.headers)
      if (jar.size > 0) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '))
      const response = await fetch(url, { ...currentInit, headers, redirect: 'manual' })
      keepCookies(response)
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location) {
        await response.arrayBuffer()
        url = new URL(location, url)
        redirects.push(url.pathname + url.search)
        if (redirects.length > 10) throw new Error('too many redirects')
        currentInit = { method: 'GET' }
        continue
      }
      return {
        status: response.status,
        path: url.pathname + url.search,
        html: await response.text(),
        headers: response.headers,
        redirects,
      }
    }
  }

  return {
    get: (path) => request(path, { method: 'GET' }),
    post: (path, fields) =>
      request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      }),
    cookie: (name) => jar.get(name),
    dropCookie: (name) => void jar.delete(name),
    setCookieLines,
  }
}
