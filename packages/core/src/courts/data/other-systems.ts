/**
 * Court systems other than eproc: PJe (the national CNJ/PDPJ login, and electoral PJe), e-SAJ of TJSP,
 * TJMS, TJCE, TJAC, TJAL and TJAM, Projudi of TJPR and the STF's electronic filing.
 *
 * Sources: research/courts.md (section "Other systems", which states its facts without a
 * weaker mark, so they are recorded as 'verified'), research/courts-2026-12.md (confirmed and new
 * facts, the login flows) and, for login URLs the research does not give, public automation code,
 * named in each `source`. `checkedAt` is the date each fact was last compared with its source (see
 * ./facts.ts).
 *
 * e-SAJ and the STF send their second factor by e-mail at every login (`method: 'email-code'`): there
 * is no authenticator key to store, so a2f can only tell the user where the code will arrive.
 *
 * @example
 * otherSystems().filter((system) => system.twoFactor.method === 'email-code').map((system) => system.id)
 * // ['tjsp-esaj', 'tjms-esaj', 'tjce-esaj', 'tjac-esaj', 'tjal-esaj', 'tjam-esaj', 'stf-peticionamento']
 */
import type { CourtSystem, Provenance } from '../types.js'
import { added, fact, fact2026, setFact, withLogin } from './facts.js'

/** PJe, e-SAJ and Projudi, built on each call (so bundles that never use the registry drop the data). */
export function otherSystems(): CourtSystem[] {
  const BROWSERLESS = 'jordansmedeiros/browserless docs/TJS_TRFS_TRIBUNAIS_SUPERIORES.md'

  /** Authenticator apps (Google Authenticator, FreeOTP) only honour the RFC 6238 defaults. */
  const APP_TOTP_FACTS = (app: string): Provenance[] => [
    fact('twoFactor.totp.algorithm', 'inferred', `${app}; RFC 6238 defaults assumed (SHA1)`),
    fact('twoFactor.totp.digits', 'inferred', `${app}; RFC 6238 defaults assumed (6 digits)`),
    fact('twoFactor.totp.period', 'inferred', `${app}; RFC 6238 defaults assumed (30 s)`),
  ]

  const ESAJ_NOTE = 'The second factor is a code sent by e-mail at login: no authenticator can be stored.'

  const ESAJ_LOGIN_SOURCE =
    'courts-2026-12.md §3.4 (code 17053043804; code 47640319964); no source shows the code field'
  /** The selectors come from e-SAJ code of courts not named: the same Softplan page is assumed. */
  const ESAJ_PAGE = [
    'inferred',
    ESAJ_LOGIN_SOURCE + '; the same Softplan page assumed at this court',
  ] as const

  /** e-SAJ of one court: the login is the Softplan CAS page; `since` as research/courts.md gives it. */
  function esaj(
    id: string,
    court: CourtSystem['court'],
    host: string,
    since: string | undefined,
    extraMethodSource = '',
    loginUrl = `https://${host}/sajcas/login?service=https%3A%2F%2F${host}%2Fesaj%2Fj_spring_cas_security_check`,
  ): CourtSystem {
    const system: CourtSystem = {
      id,
      court,
      system: 'esaj',
      degree: 'unico',
      loginUrl,
      authenticatorGroup: id,
      twoFactor: { status: 'mandatory', method: 'email-code', note: ESAJ_NOTE },
      provenance: [
        fact('loginUrl', 'code-only', `${BROWSERLESS} (${court.acronym} ESAJ: CAS login)`),
        fact2026(
          'twoFactor.status',
          'inferred',
          `research/courts.md (Other systems: e-SAJ) gives when the e-mail code started${since === undefined ? ' but no date for this court' : ''}; that every user-and-password login gets it is assumed (at TJSP a certificate login skips it: diariodejustica.com.br)`,
        ),
        fact2026(
          'twoFactor.method',
          'verified',
          `research/courts.md (Other systems): e-SAJ — a code sent by e-mail, not TOTP${extraMethodSource}`,
        ),
        fact(
          'authenticatorGroup',
          'inferred',
          'research/courts.md: e-SAJ systems get their own group; an e-mail code is not shared',
        ),
      ],
    }
    if (since !== undefined) {
      system.twoFactor.since = since
      system.provenance.push(
        fact2026(
          'twoFactor.since',
          'verified',
          `research/courts.md (Other systems), confirmed by courts-2026-12.md: e-SAJ ${court.acronym} from ${since}`,
        ),
      )
    }
    return withLogin(
      system,
      {
        flow: 'esaj',
        url: loginUrl,
        selectors: {
          username: '#usernameForm',
          password: '#passwordForm',
          certificate: '#linkAbaCertificado',
        },
        extra: ['certificate-option'],
      },
      'code-only',
      ESAJ_LOGIN_SOURCE,
      { selectors: ESAJ_PAGE, extra: ESAJ_PAGE },
    )
  }

  /** e-SAJ at a court Softplan lists as a client, where no source gives the rule for lawyers. */
  function unconfirmedEsaj(system: CourtSystem, loginSource: string, statusSource: string, note: string) {
    system.twoFactor.status = 'unknown'
    system.twoFactor.note = note
    setFact(system, fact2026('loginUrl', 'code-only', loginSource))
    setFact(
      system,
      fact2026(
        'twoFactor.status',
        'inferred',
        `courts-2026-12.md §2: Softplan lists ${system.court.acronym} as an e-SAJ client (sajajuda.esaj.softplan.com.br); ${statusSource}no source gives the rule for lawyers, recorded as unknown`,
      ),
    )
    setFact(
      system,
      fact2026(
        'twoFactor.method',
        'inferred',
        'e-SAJ sends its code by e-mail at TJSP, TJMS, TJCE and TJAC; not confirmed at this court',
      ),
    )
    return added(system)
  }

  const tjsp = esaj(
    'tjsp-esaj',
    {
      acronym: 'TJSP',
      name: 'Tribunal de Justiça do Estado de São Paulo',
      uf: 'SP',
      cnj: { segment: 8, tribunal: '26' },
    },
    'esaj.tjsp.jus.br',
    '2025-03-24',
  )
  // Only user-and-password logins get the code: a token (certificate) login skips it.
  const TJSP_EXEMPTION =
    'diariodejustica.com.br (2025-03-24): the code is sent at every user-and-password login; token (certificate) users are unaffected'
  tjsp.twoFactor.note =
    'The second factor is a code sent by e-mail at each login with user and password: no authenticator can be stored. A login with a digital certificate (token) does not get it.'
  setFact(tjsp, fact2026('twoFactor.status', 'verified', TJSP_EXEMPTION))
  setFact(tjsp, fact2026('twoFactor.since', 'verified', 'diariodejustica.com.br: e-SAJ TJSP from 2025-03-24'))
  setFact(tjsp, fact2026('twoFactor.note', 'verified', TJSP_EXEMPTION))
  setFact(tjsp, fact2026('login.extra', 'verified', TJSP_EXEMPTION))

  const APP_TOTP = { algorithm: 'SHA1', digits: 6, period: 30 } as const

  return [
    withLogin(
      {
        id: 'pje-pdpj',
        court: { acronym: 'CNJ', name: 'Conselho Nacional de Justiça' },
        system: 'pje',
        degree: 'unico',
        // The national PDPJ login (Keycloak realm 'pje'): court PJe sites send users here, so every page of
        // the realm (login, OTP form, account console) belongs to this system.
        loginUrl: 'https://sso.cloud.pje.jus.br/auth/realms/pje/account',
        authenticatorGroup: 'pje-pdpj',
        twoFactor: {
          status: 'mandatory',
          method: 'totp',
          since: '2025-11-03',
          totp: { ...APP_TOTP },
          alternatives: ['govbr'],
          enrollment: { url: 'https://sso.cloud.pje.jus.br/auth/realms/pje/account/totp' },
          note: 'Mandatory for external users from 2025-11-03. Instead of an authenticator app (Google Authenticator, FreeOTP), a gov.br account of level Ouro is accepted. The labour courts\' PJe asked for a code by e-mail from 2025-04-01; that was suspended. Electoral PJe is a system of its own (pje-eleitoral). A court\'s own PJe pages (pje.trt4.jus.br, pje1g.trf1.jus.br…) log in here. Vendors call the key a "SEED": 32 characters in 8 groups of 4.',
        },
        provenance: [
          fact(
            'loginUrl',
            'code-only',
            'SinesysTech/zattar-os dev_data/docs/APIs-PJE.md and jordansmedeiros/browserless docs/TJS_TRFS_TRIBUNAIS_SUPERIORES.md (PJe logins redirect to https://sso.cloud.pje.jus.br/auth/realms/pje/…); /account is the Keycloak account console of that realm',
          ),
          fact(
            'twoFactor.status',
            'verified',
            'research/courts.md (Other systems: PJe) — mandatory for external users from 2025-11-03; the earlier e-mail code was suspended',
          ),
          fact(
            'twoFactor.method',
            'verified',
            'research/courts.md (Other systems: PJe) — authenticator app (Google Authenticator or FreeOTP)',
          ),
          fact2026(
            'twoFactor.since',
            'verified',
            'abras.com.br 119811 (TRF2, 2025-10-10); tjce.jus.br (2025-11-03): mandatory for external users from 2025-11-03',
          ),
          fact2026(
            'twoFactor.note',
            'verified',
            'trt9.jus.br id=8911183; justicapotiguar.com.br/?p=47979; code 48541400986; code 2468194855',
          ),
          fact(
            'twoFactor.alternatives',
            'verified',
            'research/courts.md (Other systems: PJe) — or a gov.br "Ouro" account',
          ),
          fact(
            'authenticatorGroup',
            'inferred',
            'research/courts.md: PJe gets its own group; one national login (PDPJ) serves the PJe courts',
          ),
          ...APP_TOTP_FACTS(
            'research/courts.md: Google Authenticator or FreeOTP; SinesysTech/zattar-os dev_data/docs/APIs-PJE.md: "OTP expira em 30 segundos"',
          ),
          fact(
            'twoFactor.enrollment',
            'code-only',
            'public code: a PJe robot\'s 2FA runbook ("2FA (Google Authenticator) no login do PJE") registers the authenticator at https://sso.cloud.pje.jus.br/auth/realms/pje/account/totp; repository not resolved by the code index',
          ),
        ],
      },
      {
        flow: 'pje-sso',
        url: 'https://sso.cloud.pje.jus.br/auth/realms/pje/account',
        host: 'sso.cloud.pje.jus.br',
        realm: 'pje',
        selectors: {
          sso: '#btnSsoPdpj',
          username: '#username',
          password: '#password',
          submit: '#kc-login',
          code: '#otp',
          codeSubmit: '#kc-login',
        },
      },
      'code-only',
      'courts-2026-12.md §3.3 (code 2468194855, updated 2025-11-16; code 53220986305)',
      {
        url: ['inferred', "the realm's account console asks for the same login as a court's login.seam"],
      },
    ),
    // Electoral PJe (TSE and TREs): courts-2026-12.md lists it as missing. Whether it logs in through
    // the national SSO is unverifiable, so it has a group of its own and no `login`.
    added({
      id: 'pje-eleitoral',
      court: { acronym: 'TSE', name: 'Tribunal Superior Eleitoral', cnj: { segment: 6, tribunal: '00' } },
      system: 'pje',
      degree: 'unico',
      loginUrl: 'https://pje1g.tse.jus.br/pje/login.seam',
      authenticatorGroup: 'pje-eleitoral',
      twoFactor: {
        status: 'mandatory',
        method: 'totp',
        since: '2025-10-27',
        totp: { ...APP_TOTP },
        note: 'An authenticator app from 2025-10-27. The 1st degree (zonas eleitorais) is at pje1g.tse.jus.br, the 2nd at each TRE (pje.tre-rs.jus.br…), the TSE at pje.tse.jus.br. Whether it logs in through the national SSO (sso.cloud.pje.jus.br), and so shares its authenticator, is not known.',
      },
      provenance: [
        fact('loginUrl', 'code-only', 'code 15260786925 (a TSE PJe integration guide)'),
        fact(
          'twoFactor.status',
          'verified',
          'justicapotiguar.com.br/?p=47979 (news, citing TSE Ofício-Circular 101/2025): an authenticator app from 2025-10-27',
        ),
        fact('twoFactor.method', 'verified', 'justicapotiguar.com.br/?p=47979: an authenticator app'),
        fact('twoFactor.since', 'verified', 'justicapotiguar.com.br/?p=47979: from 2025-10-27'),
        fact(
          'twoFactor.note',
          'code-only',
          'code 15260786925; courts-2026-12.md §2: the SSO is unverifiable',
        ),
        fact(
          'authenticatorGroup',
          'inferred',
          'courts-2026-12.md §2: whether it uses the national SSO is unverifiable',
        ),
        ...APP_TOTP_FACTS('justicapotiguar.com.br/?p=47979: an authenticator app'),
      ],
    }),
    tjsp,
    esaj(
      'tjms-esaj',
      {
        acronym: 'TJMS',
        name: 'Tribunal de Justiça do Estado de Mato Grosso do Sul',
        uf: 'MS',
        cnj: { segment: 8, tribunal: '12' },
      },
      'esaj.tjms.jus.br',
      '2025-04-01',
      `; ${BROWSERLESS} also notes "Duplo Fator por e-mail" for TJMS; ogarantista.com.br (2025-04-03)`,
    ),
    esaj(
      'tjce-esaj',
      {
        acronym: 'TJCE',
        name: 'Tribunal de Justiça do Estado do Ceará',
        uf: 'CE',
        cnj: { segment: 8, tribunal: '06' },
      },
      'esaj.tjce.jus.br',
      '2025-10-06',
      '; focuspoder.com.br: a 6-digit token by e-mail (one speculative adapter assumes TOTP: code 51763975826)',
    ),
    esaj(
      'tjac-esaj',
      {
        acronym: 'TJAC',
        name: 'Tribunal de Justiça do Estado do Acre',
        uf: 'AC',
        cnj: { segment: 8, tribunal: '01' },
      },
      'esaj.tjac.jus.br',
      undefined,
      '; oacreagora.com/?p=353679: the e-mail code "a partir desta terça-feira, 19" (month and year not in the stored text)',
    ),
    unconfirmedEsaj(
      esaj(
        'tjal-esaj',
        {
          acronym: 'TJAL',
          name: 'Tribunal de Justiça do Estado de Alagoas',
          uf: 'AL',
          cnj: { segment: 8, tribunal: '02' },
        },
        'www2.tjal.jus.br',
        undefined,
        '',
        'https://www2.tjal.jus.br/sajcas/login',
      ),
      'code 66081014774 (www2.tjal.jus.br/sajcas/login)',
      '',
      'e-SAJ sends its code by e-mail at other courts; the rule for lawyers here is not known.',
    ),
    unconfirmedEsaj(
      esaj(
        'tjam-esaj',
        {
          acronym: 'TJAM',
          name: 'Tribunal de Justiça do Estado do Amazonas',
          uf: 'AM',
          cnj: { segment: 8, tribunal: '04' },
        },
        'consultasaj.tjam.jus.br',
        undefined,
        '',
        'https://consultasaj.tjam.jus.br/sajcas/login',
      ),
      'code 23942970673 (consultasaj.tjam.jus.br/sajcas; /login as at every e-SAJ)',
      'TJAM requires an authenticator (OTP) app in SAJ for its internal users from 2025-08-30 (tjam.jus.br dvdsit/15768); ',
      'TJAM requires an authenticator app in SAJ for its own staff from 2025-08-30; the rule for lawyers is not known.',
    ),
    {
      id: 'tjpr-projudi',
      court: {
        acronym: 'TJPR',
        name: 'Tribunal de Justiça do Estado do Paraná',
        uf: 'PR',
        cnj: { segment: 8, tribunal: '16' },
      },
      system: 'projudi',
      degree: 'unico',
      loginUrl: 'https://projudi.tjpr.jus.br/projudi/',
      authenticatorGroup: 'tjpr-projudi',
      twoFactor: {
        status: 'mandatory',
        method: 'totp',
        since: '2021-09-13',
        totp: { ...APP_TOTP },
        note: 'A login with an A3 digital certificate skips the 2FA. eproc replaces Projudi from 2025-12-09, starting with a pilot in 5 comarcas.',
      },
      provenance: [
        fact('loginUrl', 'code-only', `${BROWSERLESS} (TJPR PROJUDI)`),
        fact(
          'twoFactor.status',
          'verified',
          'research/courts.md (Other systems: Projudi TJPR) — mandatory since 2021-09-13; an A3 certificate login skips 2FA',
        ),
        fact(
          'twoFactor.method',
          'verified',
          'research/courts.md (Other systems: Projudi TJPR) — TOTP via an authenticator app',
        ),
        fact2026(
          'twoFactor.since',
          'verified',
          'tjpr.jus.br news id 55105695: mandatory since 2021-09-13; an A3 certificate login skips it',
        ),
        fact2026(
          'twoFactor.note',
          'verified',
          'tjpr.jus.br news id 55105695; oabpr.org.br (Decreto 647/2025)',
        ),
        fact(
          'authenticatorGroup',
          'inferred',
          'no other system is known to share the Projudi TJPR authenticator',
        ),
        ...APP_TOTP_FACTS('research/courts.md: an authenticator app'),
      ],
    },
    // The STF's electronic filing: an e-mail code at every login (courts-2026-12.md §2).
    added(
      withLogin(
        {
          id: 'stf-peticionamento',
          court: { acronym: 'STF', name: 'Supremo Tribunal Federal', cnj: { segment: 1, tribunal: '00' } },
          system: 'other',
          degree: 'unico',
          loginUrl: 'https://sistemas.stf.jus.br/peticionamento/',
          authenticatorGroup: 'stf-peticionamento',
          twoFactor: {
            status: 'mandatory',
            method: 'email-code',
            since: '2025-05-15',
            note: 'A code sent by e-mail at every login: no authenticator can be stored.',
          },
          provenance: [
            fact('loginUrl', 'code-only', 'code 62207609560; code 5923286614 (its CAS login)'),
            fact(
              'twoFactor.status',
              'verified',
              'catedras.com.br (2025-05-14); advocaciadinamica.com, citing the STF: an e-mail code at every login, mandatory from 2025-05-15',
            ),
            fact('twoFactor.method', 'verified', 'catedras.com.br (2025-05-14): a code sent by e-mail'),
            fact('twoFactor.since', 'verified', 'catedras.com.br (2025-05-14): from 2025-05-15'),
            fact('authenticatorGroup', 'inferred', 'an e-mail code is not shared with any other system'),
          ],
        },
        {
          flow: 'email-code',
          url: 'https://sistemas.stf.jus.br/peticionamento/',
          selectors: { username: '#username', password: '#password' },
        },
        'code-only',
        'code 48671198267 (a robot older than the e-mail code); no source shows the code field',
      ),
    ),
  ]
}
