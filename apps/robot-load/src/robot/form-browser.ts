/**
 * A browser without a browser, for the plain-HTTP robots: fetch with a cookie jar, following redirects
 * itself (so the cookies a redirect sets are kept), posting urlencoded forms as the court's pages do.
 * One instance is one browser profile: a new one per login, like a robot's fresh context.
 *
 * ```ts
 * const browser = formBrowser('http://127.0.0.1:40123')
 * const page = await browser.post('/eproc/', { txtUsuario: 'RS012345', pwdSenha, acao: 'entrar' })
 * page.path // '/eproc/2fa/codigo'
 * ```
 */

export interface FormPage {
  status: number
  /** Path and query of the final URL, after redirects. */
  path: string
  html: string
}

export interface FormBrowser {
  get(path: string): Promise<FormPage>
  post(path: string, fields: Record<string, string>): Promise<FormPage>
}

const MAX_REDIRECTS = 10

export function formBrowser(origin: string, timeoutMs = 15_000): FormBrowser {
  const jar = new Map<string, string>()

  async function request(path: string, init: RequestInit): Promise<FormPage> {
    let url = new URL(path, origin)
    let current = init
    for (let redirects = 0; ; redirects++) {
      const headers = new Headers(current.headers)
      if (jar.size > 0) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '))
      const response = await fetch(url, {
        ...current,
        headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      })
      for (const line of response.headers.getSetCookie()) {
        const [pair = '', ...attributes] = line.split(';')
        const separator = pair.indexOf('=')
        const name = pair.slice(0, separator).trim()
        if (attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute))) jar.delete(name)
        else jar.set(name, pair.slice(separator + 1).trim())
      }
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location) {
        await response.arrayBuffer()
        if (redirects >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`)
        url = new URL(location, url)
        current = { method: 'GET' }
        continue
      }
      return { status: response.status, path: url.pathname + url.search, html: await response.text() }
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
  }
}
