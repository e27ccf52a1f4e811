// The facts research/courts-2026-12.md corrects or adds: the dates, the missing systems, the notes that
// overstated, the TJSP e-SAJ certificate exemption, every system's login description with its
// provenance, and matchUrl on the courts' own PJe hosts and on the Keycloak realms.
import { describe, expect, it } from 'vitest'
import { courtRegistry, createCourtRegistry, type CourtSystem } from '../index.js'
import { sandboxSystem } from './fixtures.js'

const CHECKED_2026 = '2026-12-04'

function system(id: string): CourtSystem {
  const found = courtRegistry.get(id)
  if (found === undefined) throw new Error(`no system ${id}`)
  return found
}

/** The provenance entry of one fact. */
function provenance(id: string, field: string) {
  const entry = system(id).provenance.find((candidate) => candidate.field === field)
  if (entry === undefined) throw new Error(`${id} has no provenance for ${field}`)
  return entry
}

describe('corrected dates', () => {
  it.each(['tjrs-eproc-1g', 'tjrs-eproc-2g'])(
    '%s: lawyers from 2024-09-23 (OAB/RS), not the pre-announced 2024-08-26',
    (id) => {
      expect(system(id).twoFactor.since).toBe('2024-09-23')
      expect(provenance(id, 'twoFactor.since')).toMatchObject({
        confidence: 'verified',
        checkedAt: CHECKED_2026,
      })
      expect(provenance(id, 'twoFactor.since').source).toContain('jornaldaordem.com.br/imprimir?id=50737')
      expect(provenance(id, 'twoFactor.status').source).toContain('eproc2g.tjrs.jus.br/eproc/index.php')
    },
  )

  it('keeps the schedule date in the note, as what it was', () => {
    expect(system('tjrs-eproc-1g').twoFactor.note).toContain('the July 2024 schedule said 2024-08-26')
  })

  it('gives electoral PJe its own date, 2025-10-27, and leaves the national PJe at 2025-11-03', () => {
    expect(system('pje-eleitoral').twoFactor).toMatchObject({
      status: 'mandatory',
      method: 'totp',
      since: '2025-10-27',
    })
    expect(provenance('pje-eleitoral', 'twoFactor.since').source).toContain('justicapotiguar.com.br/?p=47979')
    expect(system('pje-pdpj').twoFactor.since).toBe('2025-11-03')
    expect(provenance('pje-pdpj', 'twoFactor.since')).toMatchObject({ checkedAt: CHECKED_2026 })
    expect(system('pje-pdpj').twoFactor.note).toContain('2025-04-01')
  })
})

describe('missing systems', () => {
  it('adds the STF e-mail code, mandatory from 2025-05-15', () => {
    expect(system('stf-peticionamento')).toMatchObject({
      court: { acronym: 'STF', cnj: { segment: 1, tribunal: '00' } },
      system: 'other',
      loginUrl: 'https://sistemas.stf.jus.br/peticionamento/',
      twoFactor: { status: 'mandatory', method: 'email-code', since: '2025-05-15' },
      login: { flow: 'email-code', url: 'https://sistemas.stf.jus.br/peticionamento/' },
    })
    expect(provenance('stf-peticionamento', 'twoFactor.status').source).toContain('catedras.com.br')
    expect(courtRegistry.sharedWith('stf-peticionamento')).toEqual([])
  })

  it.each([
    ['tjal-esaj', 'https://www2.tjal.jus.br/sajcas/login', 'code 66081014774'],
    ['tjam-esaj', 'https://consultasaj.tjam.jus.br/sajcas/login', 'code 23942970673'],
  ])('adds e-SAJ %s, its rule for lawyers unknown', (id, loginUrl, code) => {
    expect(system(id)).toMatchObject({
      system: 'esaj',
      loginUrl,
      twoFactor: { status: 'unknown', method: 'email-code' },
      login: { flow: 'esaj', url: loginUrl },
    })
    expect(system(id).twoFactor.since).toBeUndefined()
    expect(provenance(id, 'loginUrl')).toMatchObject({ confidence: 'code-only', checkedAt: CHECKED_2026 })
    expect(provenance(id, 'loginUrl').source).toContain(code)
    expect(provenance(id, 'twoFactor.status').confidence).toBe('inferred')
    expect(provenance(id, 'twoFactor.method').confidence).toBe('inferred')
  })

  it('notes that TJAM asks its own staff for an authenticator app', () => {
    expect(system('tjam-esaj').twoFactor.note).toContain('2025-08-30')
  })

  it.each([
    ['tjba-eproc-1g', 'https://eproc1g.tjba.jus.br/eproc/', 'TJBA'],
    ['tjmmg-eproc-1g', 'https://eproc.tjmmg.jus.br/eproc1g/', 'TJM-MG'],
    ['tjmmg-eproc-2g', 'https://eproc.tjmmg.jus.br/eproc2g/', 'TJM-MG'],
  ])('adds eproc %s, 2FA unknown and no login known', (id, loginUrl, acronym) => {
    const found = system(id)
    expect(found).toMatchObject({ system: 'eproc', loginUrl, court: { acronym } })
    expect(found.twoFactor.status).toBe('unknown')
    expect(found.login).toBeUndefined()
    // Every fact of a new system was compared with courts-2026-12.md.
    for (const entry of found.provenance) expect(entry.checkedAt, entry.field).toBe(CHECKED_2026)
  })

  it('groups the two degrees of TJM-MG, and electoral PJe apart from the national PJe', () => {
    expect(courtRegistry.sharedWith('tjmmg-eproc-1g').map((other) => other.id)).toEqual(['tjmmg-eproc-2g'])
    expect(courtRegistry.sharedWith('pje-eleitoral')).toEqual([])
    expect(system('pje-eleitoral').login).toBeUndefined()
    expect(system('pje-eleitoral').twoFactor.note).toContain('is not known')
  })
})

describe('notes that overstated or missed a fact', () => {
  it('calls TJPR eproc a pilot of delegated competence in 5 comarcas', () => {
    const note = system('tjpr-eproc-1g').twoFactor.note ?? ''
    expect(note).toContain('2025-12-09')
    expect(note).toContain('5 comarcas')
    expect(note).not.toContain('takes new cases')
    expect(provenance('tjpr-eproc-1g', 'twoFactor.note').source).toContain('oabpr.org.br')
  })

  it('says a certificate login skips the e-mail code at TJSP e-SAJ', () => {
    const tjsp = system('tjsp-esaj')
    expect(tjsp.twoFactor.note).toContain('certificate')
    expect(provenance('tjsp-esaj', 'twoFactor.status')).toMatchObject({
      confidence: 'verified',
      checkedAt: CHECKED_2026,
    })
    expect(provenance('tjsp-esaj', 'twoFactor.status').source).toContain('diariodejustica.com.br')
    expect(tjsp.login?.extra).toEqual(['certificate-option'])
    expect(provenance('tjsp-esaj', 'login.extra').confidence).toBe('verified')
  })

  it('no longer claims a code step at TJSP eproc that no fixture shows', () => {
    expect(provenance('tjsp-eproc-1g', 'twoFactor.method').confidence).toBe('inferred')
    expect(system('tjsp-eproc-1g').twoFactor.status).toBe('unknown')
  })
})

describe('login descriptions', () => {
  const KEYCLOAK = {
    username: '#username',
    password: '#password',
    submit: '#kc-login',
    code: '#otp',
    codeSubmit: '#kc-login',
  }
  const EPROC_FORM = {
    username: '#txtUsuario',
    password: '#pwdSenha',
    submit: '#sbmEntrar',
    code: '#txtAcessoCodigo',
    codeSubmit: '#btnValidar',
  }

  it.each(['tjrs-eproc-1g', 'tjrs-eproc-2g'])(
    '%s: Keycloak at keycloak-eks.tjrs.jus.br, save device, then the profile choice',
    (id) => {
      expect(system(id).login).toEqual({
        flow: 'keycloak',
        url: system(id).loginUrl,
        host: 'keycloak-eks.tjrs.jus.br',
        realm: 'eproc',
        selectors: { ...KEYCLOAK, saveDevice: '#saveDevice' },
        extra: ['save-device', 'profile-choice'],
      })
      expect(provenance(id, 'login.extra').source).toContain('Seleção de perfil')
    },
  )

  it.each(['tjsp-eproc-1g', 'tjsp-eproc-2g'])(
    '%s: Keycloak at sso.tjsp.jus.br, the fields its fixture shows',
    (id) => {
      expect(system(id).login).toEqual({
        flow: 'keycloak',
        url: system(id).loginUrl,
        host: 'sso.tjsp.jus.br',
        realm: 'eproc',
        selectors: { username: '#username', password: '#password' },
      })
    },
  )

  it.each([
    ['tjpr-eproc-1g', 'sso.tjpr.jus.br'],
    ['tjsc-eproc-1g', 'sso.tjsc.jus.br'],
    ['tjsc-eproc-2g', 'sso.tjsc.jus.br'],
  ])('%s: Keycloak at %s, no selectors (none shown)', (id, host) => {
    expect(system(id).login).toEqual({ flow: 'keycloak', url: system(id).loginUrl, host, realm: 'eproc' })
    expect(provenance(id, 'login.host').confidence).toBe('code-only')
  })

  it.each(['trf4-eproc', 'jfrs-eproc', 'jfsc-eproc', 'jfpr-eproc'])(
    '%s: the 4th Region realm at eproc-sso.trf4.jus.br, with a certificate button',
    (id) => {
      expect(system(id).login).toEqual({
        flow: 'keycloak',
        url: system(id).loginUrl,
        host: 'eproc-sso.trf4.jus.br',
        realm: 'eproc',
        selectors: { submit: '#kc-login', certificate: '#kc-login-certificate' },
        extra: ['certificate-option'],
      })
    },
  )

  it('marks the 4th Region realm as seen for TRF4, JFSC and JFPR, and assumed for JFRS', () => {
    expect(
      ['trf4-eproc', 'jfsc-eproc', 'jfpr-eproc', 'jfrs-eproc'].map(
        (id) => provenance(id, 'login.flow').confidence,
      ),
    ).toEqual(['code-only', 'code-only', 'code-only', 'inferred'])
  })

  it.each([
    'trf2-eproc',
    'jfrj-eproc',
    'jfes-eproc',
    'tjto-eproc-1g',
    'tjto-eproc-2g',
    'trf6-eproc-1g',
    'trf6-eproc-2g',
  ])('%s: the classic eproc form', (id) => {
    const login = system(id).login
    expect(login).toMatchObject({ flow: 'eproc-form', url: system(id).loginUrl, selectors: EPROC_FORM })
    expect(login?.extra).toContain('save-device')
  })

  it('puts the captcha at TJMG (InfraCaptcha) and TRF2 (Cloudflare, no selector)', () => {
    expect(system('tjmg-eproc-1g').login).toMatchObject({
      flow: 'eproc-form',
      selectors: { ...EPROC_FORM, captcha: '#txtInfraCaptcha' },
      extra: ['captcha', 'save-device'],
    })
    expect(provenance('tjmg-eproc-1g', 'login.extra').confidence).toBe('code-only')
    expect(provenance('tjmg-eproc-2g', 'login.extra').confidence).toBe('inferred')
    expect(system('trf2-eproc').login?.extra).toEqual(['captcha', 'save-device'])
    expect(system('trf2-eproc').login?.selectors).toEqual(EPROC_FORM)
  })

  it('sends PJe through #btnSsoPdpj to the national Keycloak', () => {
    expect(system('pje-pdpj').login).toEqual({
      flow: 'pje-sso',
      url: 'https://sso.cloud.pje.jus.br/auth/realms/pje/account',
      host: 'sso.cloud.pje.jus.br',
      realm: 'pje',
      selectors: { sso: '#btnSsoPdpj', ...KEYCLOAK },
    })
    expect(provenance('pje-pdpj', 'login.url').confidence).toBe('inferred')
  })

  it('gives e-SAJ its CAS form and certificate tab, and no code field (no source shows one)', () => {
    for (const found of courtRegistry.all().filter((candidate) => candidate.system === 'esaj')) {
      expect(found.login, found.id).toEqual({
        flow: 'esaj',
        url: found.loginUrl,
        selectors: {
          username: '#usernameForm',
          password: '#passwordForm',
          certificate: '#linkAbaCertificado',
        },
        extra: ['certificate-option'],
      })
    }
  })

  it('leaves the login unknown where no source shows it, or the sources contradict the guess', () => {
    const unknown = courtRegistry
      .all()
      .filter((candidate) => candidate.login === undefined)
      .map((candidate) => candidate.id)
    expect(unknown).toEqual([
      'tjrj-eproc-1g',
      'tjrj-eproc-2g',
      'tjse-eproc-1g',
      'tjse-eproc-2g',
      'tjms-eproc-1g',
      'tjms-eproc-2g',
      'tjmrs-eproc-1g',
      'tjmrs-eproc-2g',
      'tjba-eproc-1g',
      'tjmmg-eproc-1g',
      'tjmmg-eproc-2g',
      'tnu-eproc',
      'pje-eleitoral',
      'tjpr-projudi',
    ])
    expect(system('tnu-eproc').twoFactor.note).toContain('how a robot logs in is not known')
  })

  it('has a provenance entry, compared on 2026-12-04, for every field of every login', () => {
    let facts = 0
    for (const found of courtRegistry.all()) {
      for (const key of Object.keys(found.login ?? {})) {
        const entry = provenance(found.id, `login.${key}`)
        expect(entry.checkedAt, `${found.id} login.${key}`).toBe(CHECKED_2026)
        expect(['verified', 'code-only', 'inferred']).toContain(entry.confidence)
        facts += 1
      }
    }
    expect(facts).toBeGreaterThan(100)
  })

  it('starts every login at an https page of the court', () => {
    for (const found of courtRegistry.all()) {
      if (found.login === undefined) continue
      expect(new URL(found.login.url).protocol, found.id).toBe('https:')
      expect(['eproc-form', 'keycloak', 'pje-sso', 'esaj', 'email-code']).toContain(found.login.flow)
    }
  })
})

describe('matchUrl on the courts’ own PJe hosts and on Keycloak realms', () => {
  it.each([
    ['https://pje.trt4.jus.br/primeirograu/login.seam', 'pje-pdpj'],
    ['https://pje.trt15.jus.br/segundograu/login.seam', 'pje-pdpj'],
    ['https://pje.trt2.jus.br/pjekz/painel', 'pje-pdpj'],
    ['https://pje1g.trf1.jus.br/pje/login.seam', 'pje-pdpj'],
    ['https://pje2g.trf1.jus.br/pje/QuadroAviso/listViewQuadroAvisoMensagem.seam', 'pje-pdpj'],
    ['https://pje1g.trf3.jus.br/pje/login.seam', 'pje-pdpj'],
    ['https://pje.tjmg.jus.br/pje/login.seam', 'pje-pdpj'],
    ['https://pjerecursal.tjmg.jus.br/pje/login.seam', 'pje-pdpj'],
    ['https://pje.tjba.jus.br/pje/Painel/painel_usuario/advogado.seam', 'pje-pdpj'],
    ['https://pje2i.tjdft.jus.br/pje/login.seam', 'pje-pdpj'],
    ['https://tjrj.pje.jus.br/1g/login.seam', 'pje-pdpj'],
    ['https://pje.cloud.tjpe.jus.br/1g/home.seam', 'pje-pdpj'],
    ['https://pje.tst.jus.br/tst/login.seam', 'pje-pdpj'],
    // The national SSO, and its brokers to the courts' own Keycloaks, stay PJe's.
    ['https://sso.cloud.pje.jus.br/auth/realms/pje/broker/tjrs/endpoint', 'pje-pdpj'],
    ['https://pje1g.tse.jus.br/pje/login.seam', 'pje-eleitoral'],
    ['https://pje.tre-rs.jus.br/pje/login.seam', 'pje-eleitoral'],
    ['https://pje.tse.jus.br/pje/login.seam', 'pje-eleitoral'],
  ])('%s → %s', (url, id) => {
    expect(courtRegistry.matchUrl(url)?.id).toBe(id)
  })

  it.each([
    [
      'https://keycloak-eks.tjrs.jus.br/realms/eproc/protocol/openid-connect/auth?kc_idp_hint=tjrs&client_id=eproc-tjrs-2g&redirect_uri=https%3A%2F%2Feproc2g.tjrs.jus.br%2Feproc%2Fexterno_controlador.php%3Facao%3DSSO%2Fcallback&scope=profile+openid',
      'tjrs-eproc-2g',
    ],
    [
      'https://keycloak-eks.tjrs.jus.br/realms/eproc/protocol/openid-connect/auth?redirect_uri=https%3A%2F%2Feproc1g.tjrs.jus.br%2Feproc%2Fexterno_controlador.php',
      'tjrs-eproc-1g',
    ],
    // No redirect_uri (the form posted back): the realm's first system — the degrees share an authenticator.
    [
      'https://keycloak-eks.tjrs.jus.br/realms/eproc/login-actions/authenticate?session_code=x',
      'tjrs-eproc-1g',
    ],
    ['https://keycloak-eks.tjrs.jus.br/realms/eproc', 'tjrs-eproc-1g'],
    // A redirect_uri to a system outside the realm does not move the page there.
    [
      'https://keycloak-eks.tjrs.jus.br/realms/eproc/protocol/openid-connect/auth?redirect_uri=https%3A%2F%2Feproc.trf4.jus.br%2Feproc2trf4%2F',
      'tjrs-eproc-1g',
    ],
    [
      'https://sso.tjsp.jus.br/realms/eproc/login-actions/authenticate?session_code=x&client_id=eproc2g.tjsp.jus.br',
      'tjsp-eproc-2g',
    ],
    [
      'https://sso.tjsp.jus.br/realms/eproc/protocol/openid-connect/auth?client_id=eproc1g.tjsp.jus.br',
      'tjsp-eproc-1g',
    ],
    ['https://sso.tjsc.jus.br/realms/eproc/protocol/openid-connect/auth', 'tjsc-eproc-1g'],
    ['https://sso.tjpr.jus.br/auth/realms/eproc/protocol/openid-connect/auth', 'tjpr-eproc-1g'],
    [
      'https://eproc-sso.trf4.jus.br/realms/eproc/protocol/openid-connect/auth?redirect_uri=https%3A%2F%2Feproc.jfpr.jus.br%2FeprocV2%2Fexterno_controlador.php',
      'jfpr-eproc',
    ],
    ['https://eproc-sso.trf4.jus.br/realms/eproc/login-actions/authenticate', 'trf4-eproc'],
  ])('%s → %s', (url, id) => {
    expect(courtRegistry.matchUrl(url)?.id).toBe(id)
  })

  it.each([
    'https://keycloak-eks.tjrs.jus.br/realms/master/protocol/openid-connect/auth',
    'https://keycloak-eks.tjrs.jus.br/realms/eprocx/',
    'https://keycloak-eks.tjrs.jus.br/',
    'https://keycloak-eks.tjrs.jus.br.evil.example/realms/eproc/',
    'https://pje.trt4.jus.br.evil.example/primeirograu/login.seam',
    'https://evil.example/pje.trt4.jus.br/primeirograu/login.seam',
    'https://evilpje.trt4.jus.br/',
    'https://pje.evil.jus.br/pje/login.seam',
    'https://pje.trt4.jus.br:8443/primeirograu/login.seam',
    'https://pje.tre-rs.jus.br.example/pje/',
  ])('%s → undefined', (url) => {
    expect(courtRegistry.matchUrl(url)).toBeUndefined()
  })

  it('reads a malformed redirect_uri as none, without throwing', () => {
    const url = 'https://keycloak-eks.tjrs.jus.br/realms/eproc/auth?redirect_uri=%E0%A4%A&client_id=%'
    expect(courtRegistry.matchUrl(url)?.id).toBe('tjrs-eproc-1g')
  })

  it('keeps every existing login-URL match ahead of the realms and court hosts', () => {
    expect(courtRegistry.matchUrl('https://eproc2g.tjrs.jus.br/eproc/controlador.php')?.id).toBe(
      'tjrs-eproc-2g',
    )
    expect(courtRegistry.matchUrl('https://sso.cloud.pje.jus.br/auth/realms/pje/account/totp')?.id).toBe(
      'pje-pdpj',
    )
    expect(courtRegistry.matchUrl('https://esaj.tjsp.jus.br/sajcas/login')?.id).toBe('tjsp-esaj')
  })

  it('maps court hosts only to an id the registry has, and to a host app’s override of it', () => {
    expect(
      createCourtRegistry([sandboxSystem()]).matchUrl('https://pje.trt4.jus.br/primeirograu/login.seam'),
    ).toBeUndefined()
    const override = { ...system('pje-pdpj'), twoFactor: { ...system('pje-pdpj').twoFactor, note: 'local' } }
    const extended = courtRegistry.extend([override])
    expect(extended.matchUrl('https://pje.trt4.jus.br/primeirograu/login.seam')?.twoFactor.note).toBe('local')
  })

  it('matches a host app’s own realm (a sandbox court behind a Keycloak-style login)', () => {
    const registry = courtRegistry.extend([
      sandboxSystem({
        login: {
          flow: 'keycloak',
          url: 'http://localhost:5174/eproc/',
          host: 'localhost:5174',
          realm: 'eproc',
        },
      }),
    ])
    expect(registry.matchUrl('http://localhost:5174/realms/eproc/protocol/openid-connect/auth')?.id).toBe(
      'sandbox-eproc',
    )
    expect(registry.matchUrl('http://localhost:5174/realms/other/')).toBeUndefined()
    expect(registry.matchUrl('http://localhost:5175/realms/eproc/')).toBeUndefined()
  })

  it('takes a realm without a host as on the host of the login’s url', () => {
    const registry = courtRegistry.extend([
      sandboxSystem({
        loginUrl: 'http://127.0.0.1:5180/eproc-keycloak/',
        login: { flow: 'keycloak', url: 'http://127.0.0.1:5180/eproc-keycloak/', realm: 'eproc' },
      }),
    ])
    expect(registry.matchUrl('http://127.0.0.1:5180/realms/eproc/login-actions/authenticate')?.id).toBe(
      'sandbox-eproc',
    )
    expect(registry.matchUrl('http://127.0.0.1:5180/other/')).toBeUndefined()
  })
})
