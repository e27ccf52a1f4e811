import { createHash } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startSandboxCourt, type SandboxCourt } from '../index.js'
import { qrCodeSvg } from '../qr-code.js'
import { createBrowser } from './browser.js'
import { attribute, elementTag, elementText, labelFor, pageMessage } from './html-reading.js'
import {
  confirmActivation,
  enrol,
  newestActivationLink,
  openKeyPage,
  signIn,
  submitCode,
} from './journeys.js'
import { codeAt, testClock, wrongCodeAt } from './totp-clock.js'

const RS = { login: 'RS012345', password: 'sandbox-rs-2024' }
const clock = testClock()
let court: SandboxCourt

beforeAll(async () => {
  court = await startSandboxCourt({ port: 0, now: clock.now })
})
afterAll(() => court.close())
beforeEach(() => {
  court.reset()
  clock.set(Date.UTC(2025, 0, 15, 12, 0, 10))
})

describe('two-factor enrolment (seeds 001 and 003)', () => {
  it('goes from the login to "foi ativada", refusing a wrong code and non-personal e-mails on the way', async () => {
    const browser = createBrowser(court.url)

    // Login page: the classic eproc form.
    const login = await browser.get('/eproc/')
    expect(labelFor(login.html, 'txtUsuario')).toBe('Usuário')
    expect(labelFor(login.html, 'pwdSenha')).toBe('Senha')
    expect(elementText(login.html, 'sbmEntrar')).toBe('Entrar')
    expect(elementText(login.html, 'btnAutenticacao2Fatores')).toBe('Autenticação em dois fatores')

    // Wrong password with "Autenticação em dois fatores": refused.
    const refused = await browser.post('/eproc/', { txtUsuario: RS.login, pwdSenha: 'errada', acao: '2fa' })
    expect(refused.path).toBe('/eproc/')
    expect(pageMessage(refused.html)).toEqual({ kind: 'erro', text: 'Usuário ou senha inválidos.' })

    // Instructions (no authenticator before: no warning).
    const start = await browser.post('/eproc/', { txtUsuario: RS.login, pwdSenha: RS.password, acao: '2fa' })
    expect(start.path).toBe('/eproc/2fa/cadastro')
    expect(start.html).toContain(
      'A autenticação em 2 fatores é um recurso para adicionar maior segurança no seu acesso ao sistema. Ao ativá-la, qualquer tentativa de login em dispositivos não liberados irá requerer também um código numérico gerado por um aplicativo.',
    )
    expect(start.html).toContain('Antes de prosseguir, leia as instruções.')
    expect(start.html).toContain('<summary>Instruções</summary>')
    expect(elementText(start.html, 'btnProsseguir')).toBe('Prosseguir')
    expect(start.html).toContain('>Cancelar</button>')
    expect(pageMessage(start.html)).toBeUndefined()

    // Key page: QR code, the key in groups of 4, the form.
    const keyPage = await browser.post('/eproc/2fa/cadastro', { acao: 'prosseguir' })
    expect(keyPage.path).toBe('/eproc/2fa/chave')
    const shown = elementText(keyPage.html, 'spnChave2fa') ?? ''
    expect(shown).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/)
    const key = shown.replace(/ /g, '')
    expect(elementTag(keyPage.html, 'divQrCode2fa')).toBe(
      '<div id="divQrCode2fa" class="qrcode" role="img" aria-label="QR Code">',
    )
    expect(keyPage.html).toMatch(/id="divQrCode2fa"[^>]*><svg /)
    expect(keyPage.html).toContain(
      'Antes de continuar, leia o código QR acima com o aplicativo de autenticação instalado em seu smartphone. Caso esteja acessando esta página pelo smartphone, clique no código alfanumérico para copiá-lo.',
    )
    expect(labelFor(keyPage.html, 'txtCodigo2fa')).toBe(
      'Informe o código de 6 dígitos gerado pelo aplicativo de autenticação em 2 fatores:',
    )
    expect(labelFor(keyPage.html, 'txtEmailPessoal')).toBe('E-mail pessoal*:')
    expect(keyPage.html).toContain('* Não são aceitos sufixos institucionais, como "jus.br" e "gov.br".')
    expect(elementText(keyPage.html, 'btnEnviar')).toBe('Enviar')
    // The key never travels in a URL or a form field.
    expect([...keyPage.redirects, keyPage.path].join(' ')).not.toContain(key)
    expect(keyPage.html).not.toMatch(new RegExp(`value="[^"]*${key}`))

    const send = (code: string, email: string) =>
      browser.post('/eproc/2fa/chave', { txtCodigo2fa: code, txtEmailPessoal: email, acao: 'enviar' })
    const expectSameKeyPage = (page: Awaited<ReturnType<typeof send>>, email: string) => {
      expect(page.path).toBe('/eproc/2fa/chave')
      expect(elementText(page.html, 'spnChave2fa')).toBe(shown)
      expect(attribute(elementTag(page.html, 'txtEmailPessoal'), 'value')).toBe(email)
      expect(attribute(elementTag(page.html, 'txtCodigo2fa'), 'value')).toBeUndefined()
    }

    // Wrong code.
    const wrong = await send(wrongCodeAt(key, clock.now()), 'conceicao@gmail.com')
    expect(pageMessage(wrong.html)).toEqual({
      kind: 'erro',
      text: 'Código inválido. Informe o código de 6 dígitos gerado pelo aplicativo.',
    })
    expectSameKeyPage(wrong, 'conceicao@gmail.com')

    // Institutional e-mails, any case, any subdomain.
    for (const email of [
      'conceicao@jus.br',
      'conceicao@gov.br',
      'conceicao@sub.tjrs.jus.br',
      'CONCEICAO@TJRS.JUS.BR',
    ]) {
      const page = await send(codeAt(key, clock.now()), email)
      expect(pageMessage(page.html), email).toEqual({
        kind: 'erro',
        text: 'E-mail não aceito: não são aceitos sufixos institucionais, como "jus.br" e "gov.br".',
      })
      expectSameKeyPage(page, email)
    }

    // Malformed e-mails.
    for (const email of ['', 'conceicao', 'conceicao@', 'conceicao@gmail', 'a b@gmail.com']) {
      const page = await send(codeAt(key, clock.now()), email)
      expect(pageMessage(page.html), email).toEqual({
        kind: 'erro',
        text: 'Informe um e-mail pessoal válido.',
      })
    }

    // Right code and a personal e-mail.
    const sent = await send(codeAt(key, clock.now()), 'conceicao.araujo@gmail.com')
    expect(sent.path).toBe('/eproc/2fa/enviado')
    expect(pageMessage(sent.html)).toEqual({
      kind: 'sucesso',
      text: 'Foi enviado um link de ativação para conceicao.araujo@gmail.com. Acesse o link para confirmar a ativação da autenticação em 2 fatores.',
    })
    expect(sent.html).toContain('href="/caixa-postal/">Abrir a caixa postal do sandbox</a>')

    // The mailbox.
    const mailbox = await browser.get('/caixa-postal/')
    expect(mailbox.html).toContain('<td>conceicao.araujo@gmail.com</td>')
    expect(mailbox.html).toContain('Ativação da autenticação em 2 fatores</a>')
    expect(mailbox.html).toContain('15/01/2025, 09:00:10') // Brasília time of the court's clock
    const link = await newestActivationLink(browser)
    expect(link).not.toContain(key)

    // Activation link → confirm → activated.
    const confirm = await browser.get(link)
    expect(confirm.html).toContain('Confirma a ativação da autenticação em 2 fatores?')
    expect(elementText(confirm.html, 'btnConfirmarAtivacao')).toBe('Confirmar')
    const done = await confirmActivation(browser, link)
    expect(done.path).toBe('/eproc/2fa/ativada')
    expect(pageMessage(done.html)).toEqual({
      kind: 'sucesso',
      text: 'A autenticação em 2 fatores foi ativada.',
    })

    // The link works once.
    expect(pageMessage((await browser.get(link)).html)).toEqual({
      kind: 'erro',
      text: 'Link de ativação inválido ou já utilizado.',
    })
    const token = new URL(link, court.url).searchParams.get('token') ?? ''
    const again = await browser.post('/eproc/2fa/ativar', { token })
    expect(pageMessage(again.html)?.text).toBe('Link de ativação inválido ou já utilizado.')

    // The key shown is the key that now logs in. The enrolment code's window counts as used.
    expect((await signIn(browser, RS)).path).toBe('/eproc/2fa/codigo')
    const sameWindow = await submitCode(browser, codeAt(key, clock.now()))
    expect(pageMessage(sameWindow.html)?.text).toBe(
      'O código informado já foi utilizado. Aguarde o próximo código gerado pelo aplicativo.',
    )
    clock.nextWindow()
    const panel = await submitCode(browser, codeAt(key, clock.now()))
    expect(panel.path).toBe('/eproc/painel')
    expect(panel.html).toContain('Bem-vindo(a), Dra. Conceição Araújo.')
  })

  it('warns when an authenticator existed before; the new key replaces the old one', async () => {
    const browser = createBrowser(court.url)
    const oldKey = await enrol(browser, clock, RS)

    const start = await browser.post('/eproc/', { txtUsuario: RS.login, pwdSenha: RS.password, acao: '2fa' })
    expect(pageMessage(start.html)).toEqual({
      kind: 'aviso',
      text: 'ATENÇÃO: Se a sua conta no sistema já estiver registrada no aplicativo, certifique-se de excluí-la antes da leitura do QR Code.',
    })
    clock.nextWindow()
    const newKey = await enrol(browser, clock, RS)
    expect(newKey).not.toBe(oldKey)

    clock.nextWindow()
    await signIn(browser, RS)
    const withOld = await submitCode(browser, codeAt(oldKey, clock.now()))
    expect(pageMessage(withOld.html)?.text).toBe('Código inválido. Restam 4 tentativas.')
    expect((await submitCode(browser, codeAt(newKey, clock.now()))).path).toBe('/eproc/painel')
  })

  it('creates a new key on each "Prosseguir" and keeps it while the page is reloaded', async () => {
    const browser = createBrowser(court.url)
    const first = await openKeyPage(browser, RS)
    const reloaded = await browser.get('/eproc/2fa/chave')
    expect(elementText(reloaded.html, 'spnChave2fa')?.replace(/ /g, '')).toBe(first.key)
    const second = await openKeyPage(browser, RS)
    expect(second.key).not.toBe(first.key)
    // Another browser enrolling the same user has its own key.
    const other = await openKeyPage(createBrowser(court.url), RS)
    expect(other.key).not.toBe(second.key)
  })

  it('draws the QR code of the otpauth URI of the key shown, black on white, with a quiet zone', async () => {
    const { page, key } = await openKeyPage(createBrowser(court.url), RS)
    const svg = /<div id="divQrCode2fa"[^>]*>(<svg[\s\S]*?<\/svg>)<\/div>/.exec(page.html)?.[1]
    const uri = `otpauth://totp/eproc%20Sandbox:RS012345?secret=${key}&issuer=eproc%20Sandbox&algorithm=SHA1&digits=6&period=30`
    expect(svg).toBe(qrCodeSvg(uri))
    const side = Number(attribute(svg, 'width'))
    expect(side).toBeGreaterThanOrEqual(200)
    expect(side).toBeLessThanOrEqual(280)
    expect(attribute(svg, 'height')).toBe(String(side))
    expect(svg).toContain('<rect fill="#ffffff"')
    expect(svg).toContain('<path fill="#000000"')
  })

  it('allows exactly the inline copy script of the key page in its Content-Security-Policy', async () => {
    const { page } = await openKeyPage(createBrowser(court.url), RS)
    const scripts = [...page.html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '')
    expect(scripts).toHaveLength(1)
    expect(scripts[0]).toContain("getElementById('spnChave2fa')")
    const hash = createHash('sha256')
      .update(scripts[0] ?? '')
      .digest('base64')
    expect(page.headers.get('content-security-policy')).toContain(`script-src 'sha256-${hash}'`)
  })

  it('"Cancelar" ends the enrolment; without one, its pages go back to the login', async () => {
    const browser = createBrowser(court.url)
    await openKeyPage(browser, RS)
    const cancelled = await browser.post('/eproc/2fa/chave', { acao: 'cancelar' })
    expect(cancelled.path).toBe('/eproc/')
    expect((await browser.get('/eproc/2fa/chave')).path).toBe('/eproc/')
    const stranger = createBrowser(court.url)
    for (const path of [
      '/eproc/2fa/cadastro',
      '/eproc/2fa/chave',
      '/eproc/2fa/enviado',
      '/eproc/2fa/ativada',
    ]) {
      expect((await stranger.get(path)).path, path).toBe('/eproc/')
    }
    const posted = await stranger.post('/eproc/2fa/chave', {
      txtCodigo2fa: '123456',
      txtEmailPessoal: 'a@b.com',
    })
    expect(posted.path).toBe('/eproc/')
    expect(court.mailboxUrl).toBe(`${court.url}/caixa-postal/`)
    expect((await stranger.get('/caixa-postal/')).html).toContain('Nenhuma mensagem.')
  })

  it('only the newest activation link of a user works', async () => {
    const browser = createBrowser(court.url)
    const send = async () => {
      const { key } = await openKeyPage(browser, RS)
      await browser.post('/eproc/2fa/chave', {
        txtCodigo2fa: codeAt(key, clock.now()),
        txtEmailPessoal: 'pessoal@example.com',
        acao: 'enviar',
      })
      return { key, link: await newestActivationLink(browser) }
    }
    const first = await send()
    const second = await send()
    expect(second.link).not.toBe(first.link)
    expect(pageMessage((await confirmActivation(browser, first.link)).html)?.text).toBe(
      'Link de ativação inválido ou já utilizado.',
    )
    expect(pageMessage((await confirmActivation(browser, second.link)).html)?.text).toBe(
      'A autenticação em 2 fatores foi ativada.',
    )
    clock.nextWindow()
    await signIn(browser, RS)
    expect((await submitCode(browser, codeAt(second.key, clock.now()))).path).toBe('/eproc/painel')
  })
})
