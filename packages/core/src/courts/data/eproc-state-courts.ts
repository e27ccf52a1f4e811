/**
 * eproc instances of the state courts (Justiça Estadual, and the state military court of RS).
 *
 * Sources: research/courts.md (table "eproc instances" and "Other eproc instances
 * found"), research/courts-2026-12.md (corrected dates, TJBA and TJM-MG, the login flows), the Oystr
 * wiki page of 2024-08 (seed 003), and — for login URLs the research does not give — public automation
 * code found on 2026-11-21, named in each `source`. Where the research and the
 * seed disagree (TJSC, TJTO) the research wins and the source text keeps the seed's outdated value.
 * `checkedAt` is the date each fact was last compared with its source (see ./facts.ts).
 *
 * @example
 * eprocStateCourts().find((system) => system.id === 'tjrs-eproc-1g')?.twoFactor.since // '2024-09-23'
 */
import type { CourtSystem } from '../types.js'
import {
  EPROC_ENROLLMENT_INFERRED,
  EPROC_FORM_SOURCE,
  RESEARCH_TOTP_METHOD,
  added,
  eprocEnrollment,
  eprocFormLogin,
  eprocTotp,
  eprocTotpFacts,
  fact,
  fact2026,
  keycloakLogin,
  sameCourtGroup,
  withLogin,
} from './facts.js'

/** The eproc instances of the state courts, built on each call (so bundles that never use the registry drop the data). */
export function eprocStateCourts(): CourtSystem[] {
  const TJRS = {
    acronym: 'TJRS',
    name: 'Tribunal de Justiça do Estado do Rio Grande do Sul',
    uf: 'RS',
    cnj: { segment: 8, tribunal: '21' },
  }
  const TJSC = {
    acronym: 'TJSC',
    name: 'Tribunal de Justiça do Estado de Santa Catarina',
    uf: 'SC',
    cnj: { segment: 8, tribunal: '24' },
  }
  const TJTO = {
    acronym: 'TJTO',
    name: 'Tribunal de Justiça do Estado do Tocantins',
    uf: 'TO',
    cnj: { segment: 8, tribunal: '27' },
  }
  const TJMG = {
    acronym: 'TJMG',
    name: 'Tribunal de Justiça do Estado de Minas Gerais',
    uf: 'MG',
    cnj: { segment: 8, tribunal: '13' },
  }
  const TJSP = {
    acronym: 'TJSP',
    name: 'Tribunal de Justiça do Estado de São Paulo',
    uf: 'SP',
    cnj: { segment: 8, tribunal: '26' },
  }
  const TJRJ = {
    acronym: 'TJRJ',
    name: 'Tribunal de Justiça do Estado do Rio de Janeiro',
    uf: 'RJ',
    cnj: { segment: 8, tribunal: '19' },
  }
  const TJPR = {
    acronym: 'TJPR',
    name: 'Tribunal de Justiça do Estado do Paraná',
    uf: 'PR',
    cnj: { segment: 8, tribunal: '16' },
  }
  const TJSE = {
    acronym: 'TJSE',
    name: 'Tribunal de Justiça do Estado de Sergipe',
    uf: 'SE',
    cnj: { segment: 8, tribunal: '25' },
  }
  const TJMS = {
    acronym: 'TJMS',
    name: 'Tribunal de Justiça do Estado de Mato Grosso do Sul',
    uf: 'MS',
    cnj: { segment: 8, tribunal: '12' },
  }
  const TJBA = {
    acronym: 'TJBA',
    name: 'Tribunal de Justiça do Estado da Bahia',
    uf: 'BA',
    cnj: { segment: 8, tribunal: '05' },
  }
  const TJMMG = {
    acronym: 'TJM-MG',
    name: 'Tribunal de Justiça Militar do Estado de Minas Gerais',
    uf: 'MG',
    cnj: { segment: 9, tribunal: '13' },
  }
  const TJMRS = {
    acronym: 'TJM-RS',
    name: 'Tribunal de Justiça Militar do Estado do Rio Grande do Sul',
    uf: 'RS',
    cnj: { segment: 9, tribunal: '21' },
  }

  /** Status of the instances that research/courts.md lists under "Other eproc instances found". */
  function unconfirmedStatus(court: string): ReturnType<typeof fact> {
    return fact(
      'twoFactor.status',
      'inferred',
      `research/courts.md: ${court} eproc listed under "Other eproc instances found" — 2FA not confirmed, recorded as unknown`,
    )
  }

  const unconfirmedMethod = fact(
    'twoFactor.method',
    'inferred',
    'eproc 2FA is TOTP wherever a source confirms it (research/courts.md); not confirmed for this instance',
  )

  const TJMG_URL_SOURCE =
    'research/courts.md ("Other eproc instances found": eproc1g/eproc2g.tjmg.jus.br/eproc/); also public code: a TJMG eproc login test, examples/test-eproc-mg.ts (EPROC_1G_URL / EPROC_2G_URL; repository not resolved by the code index)'

  const TJSE_URL_SOURCE =
    'public code: an MNI endpoint table (TJSE, cnjCode 8.25: eproc1g/eproc2g.tjse.jus.br/eproc/ws/…) and a PGE-SE browser script (defaults eproc1G/eproc2G: …/eproc/); repositories not resolved by the code index'

  const TJMS_URL_SOURCE =
    'research/courts.md (TJMS 8.12, code-only); public code: a TJMS eproc scraper (defaults EPROC_1G_URL/EPROC_2G_URL = eproc1g/eproc2g.tjms.jus.br/eproc; repository not resolved by the code index)'

  const TJMRS_URL_SOURCE =
    "public code: tribunal_hosts.py, EPROC_HOSTS['tjm-rs'] (eproc1g/eproc2g.tjmrs.jus.br, \"probe 06/2026: HTTP 200\"; '/eproc' is that table's default path; repository not resolved by the code index)"

  // TJRS: the lawyers' phase-in began on 2024-09-23 (OAB/RS), not on the pre-announced 2024-08-26.
  const TJRS_SINCE = fact2026(
    'twoFactor.since',
    'verified',
    'jornaldaordem.com.br/imprimir?id=50737 (OAB/RS) and sarmentoadvogados.jur.adv.br (2024-10-11): lawyers from 2024-09-23; 2024-08-26 was the July 2024 schedule (boletimjuridico.publicacoesonline.com.br)',
  )
  const TJRS_STATUS = fact2026(
    'twoFactor.status',
    'verified',
    'eproc2g.tjrs.jus.br/eproc/index.php (page of 2024-12): mandatory, cannot be switched off; seed 003 (2024-08): OBRIGATORIO',
  )
  const TJRS_LOGIN = 'keycloak-eks.tjrs.jus.br'
  const TJRS_LOGIN_SOURCE = 'courts-2026-12.md §3.2 (code 67362449558; code 67293648085)'
  const tjrsLogin = (url: string) =>
    keycloakLogin(
      url,
      TJRS_LOGIN,
      {
        username: '#username',
        password: '#password',
        submit: '#kc-login',
        code: '#otp',
        codeSubmit: '#kc-login',
        saveDevice: '#saveDevice',
      },
      ['save-device', 'profile-choice'],
    )
  const TJRS_EXTRA = ['code-only', 'code 67362449558; code 54688873302 ("Seleção de perfil")'] as const

  const TJSP_LOGIN_SOURCE = 'code 60192763471 (a live fixture of the realm); code 67177322827'
  const TJSP_METHOD = fact2026(
    'twoFactor.method',
    'inferred',
    'courts-2026-12.md §4: the TJSP fixtures show only the password form (code 60192763471; code 67177322827)',
  )
  const TJSP_NOTE = fact2026(
    'twoFactor.note',
    'verified',
    'tjsp.jus.br Noticia 106979; code 60192763471; code 67177322827',
  )
  const tjspLogin = (url: string) =>
    keycloakLogin(url, 'sso.tjsp.jus.br', { username: '#username', password: '#password' })

  const TJSC_STATUS = fact2026(
    'twoFactor.status',
    'verified',
    'tjsc.jus.br/web/imprensa (2025-04-22): mandatory for lawyers from 2025-04-22 → 2025-07-11 by last OAB digit (research/courts.md: staff 2024-12-02). Seed 003 (2024-08) said OPCIONAL — outdated',
  )
  const TJSC_LOGIN_SOURCE =
    'courts-2026-12.md §3.2: sso.tjsc.jus.br/realms/eproc (code 48541400986); no selectors shown'

  const TJTO_STATUS = fact2026(
    'twoFactor.status',
    'verified',
    'tjto.jus.br news; justocantins.com.br: optional 2024-12-09, mandatory since 2025-02-24, 6 digits / 30 s. Seed 003 (2024-08) said NAO TEM A OPCAO — outdated',
  )

  const TJMG_METHOD = fact2026(
    'twoFactor.method',
    'code-only',
    'code 54489661087 (TJMG eproc adapter: #txtAcessoCodigo after the password); code 61896679852 (TJMG eproc 2g fixture "Chave MFA … inválida"); a blog shows Google Authenticator (jusempresarial.digital); no court source',
  )
  const TJMG_CAPTCHA = 'code 54489661087 (InfraCaptcha since 2026-06)'

  return [
    withLogin(
      {
        id: 'tjrs-eproc-1g',
        court: TJRS,
        system: 'eproc',
        degree: '1g',
        loginUrl: 'https://eproc1g.tjrs.jus.br/eproc/',
        authenticatorGroup: 'tjrs-eproc',
        twoFactor: {
          status: 'mandatory',
          method: 'totp',
          since: '2024-09-23',
          totp: eprocTotp(),
          enrollment: eprocEnrollment(),
          note: 'Lawyers were phased in from 2024-09-23 (the July 2024 schedule said 2024-08-26), public bodies from 2025-02-24. 2FA cannot be switched off: "Desativar 2FA" only swaps the device. Login goes through Keycloak (realm "eproc"); login by SSO or certificate was suspended on 2026-01-27.',
        },
        provenance: [
          fact(
            'loginUrl',
            'verified',
            'research/courts.md: TJRS 1º grau row (login now via Keycloak realm "eproc"); seed 003 printed "eproclg" (OCR of eproc1g)',
          ),
          TJRS_STATUS,
          fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TJRS help page)'),
          TJRS_SINCE,
          fact2026(
            'twoFactor.note',
            'verified',
            'jornaldaordem.com.br/imprimir?id=50737; abras.com.br clippings 118262 and 120316',
          ),
          sameCourtGroup('TJRS'),
          ...eprocTotpFacts('research/courts.md: TJRS help page gives 6 digits / 30 s'),
          EPROC_ENROLLMENT_INFERRED,
        ],
      },
      tjrsLogin('https://eproc1g.tjrs.jus.br/eproc/'),
      'code-only',
      TJRS_LOGIN_SOURCE,
      { extra: TJRS_EXTRA },
    ),
    withLogin(
      {
        id: 'tjrs-eproc-2g',
        court: TJRS,
        system: 'eproc',
        degree: '2g',
        loginUrl: 'https://eproc2g.tjrs.jus.br/eproc/index.php',
        authenticatorGroup: 'tjrs-eproc',
        twoFactor: {
          status: 'mandatory',
          method: 'totp',
          since: '2024-09-23',
          totp: eprocTotp(),
          enrollment: eprocEnrollment(),
        },
        provenance: [
          fact('loginUrl', 'verified', 'research/courts.md: TJRS 2º grau row; seed 003 gives the same URL'),
          TJRS_STATUS,
          fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TJRS help page)'),
          TJRS_SINCE,
          sameCourtGroup('TJRS'),
          ...eprocTotpFacts('research/courts.md: TJRS help page gives 6 digits / 30 s'),
          EPROC_ENROLLMENT_INFERRED,
        ],
      },
      tjrsLogin('https://eproc2g.tjrs.jus.br/eproc/index.php'),
      'code-only',
      TJRS_LOGIN_SOURCE,
      { extra: TJRS_EXTRA },
    ),
    withLogin(
      {
        id: 'tjsc-eproc-1g',
        court: TJSC,
        system: 'eproc',
        degree: '1g',
        loginUrl: 'https://eproc1g.tjsc.jus.br/eproc/',
        authenticatorGroup: 'tjsc-eproc',
        twoFactor: {
          status: 'mandatory',
          method: 'totp',
          since: '2025-04-22',
          totp: eprocTotp(),
          enrollment: eprocEnrollment(),
          note: 'Mandatory for staff since 2024-12-02; for lawyers from 2025-04-22 to 2025-07-11, by the last digit of the OAB number.',
        },
        provenance: [
          fact(
            'loginUrl',
            'code-only',
            'research/courts.md: TJSC 1º grau (URL code-only); also jordansmedeiros/browserless docs/TJS_TRFS_TRIBUNAIS_SUPERIORES.md (…/eproc/index.php)',
          ),
          TJSC_STATUS,
          fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TJSC news)'),
          fact2026(
            'twoFactor.since',
            'verified',
            "tjsc.jus.br/web/imprensa (2025-04-22): lawyers 2025-04-22 → 2025-07-11 by last OAB digit (since = start of the lawyers' phase-in)",
          ),
          sameCourtGroup('TJSC'),
          ...eprocTotpFacts(),
          EPROC_ENROLLMENT_INFERRED,
        ],
      },
      keycloakLogin('https://eproc1g.tjsc.jus.br/eproc/', 'sso.tjsc.jus.br'),
      'code-only',
      TJSC_LOGIN_SOURCE,
    ),
    withLogin(
      {
        id: 'tjsc-eproc-2g',
        court: TJSC,
        system: 'eproc',
        degree: '2g',
        loginUrl: 'https://eproc2g.tjsc.jus.br/eproc/',
        authenticatorGroup: 'tjsc-eproc',
        twoFactor: { status: 'mandatory', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
        provenance: [
          fact(
            'loginUrl',
            'code-only',
            'research/courts.md: TJSC 2º grau (URL code-only); also jordansmedeiros/browserless docs/TJS_TRFS_TRIBUNAIS_SUPERIORES.md (…/eproc/externo_controlador.php)',
          ),
          TJSC_STATUS,
          fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TJSC news)'),
          sameCourtGroup('TJSC'),
          ...eprocTotpFacts(),
          EPROC_ENROLLMENT_INFERRED,
        ],
      },
      keycloakLogin('https://eproc2g.tjsc.jus.br/eproc/', 'sso.tjsc.jus.br'),
      'code-only',
      TJSC_LOGIN_SOURCE,
    ),
    withLogin(
      {
        id: 'tjto-eproc-1g',
        court: TJTO,
        system: 'eproc',
        degree: '1g',
        loginUrl: 'https://eproc1.tjto.jus.br/eprocV2_prod_1grau/',
        authenticatorGroup: 'tjto-eproc',
        twoFactor: {
          status: 'mandatory',
          method: 'totp',
          since: '2025-02-24',
          totp: eprocTotp(),
          enrollment: eprocEnrollment(),
          note: 'Optional from 2024-12-09, mandatory since 2025-02-24.',
        },
        provenance: [
          fact(
            'loginUrl',
            'code-only',
            'research/courts.md: TJTO 1º grau (URL code-only); also jordansmedeiros/browserless docs/TJS_TRFS_TRIBUNAIS_SUPERIORES.md',
          ),
          TJTO_STATUS,
          fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TJTO help page)'),
          fact2026(
            'twoFactor.since',
            'verified',
            'tjto.jus.br news; justocantins.com.br: mandatory since 2025-02-24',
          ),
          sameCourtGroup('TJTO'),
          ...eprocTotpFacts('research/courts.md: TJTO help page gives 6 digits / 30 s'),
          EPROC_ENROLLMENT_INFERRED,
        ],
      },
      eprocFormLogin('https://eproc1.tjto.jus.br/eprocV2_prod_1grau/'),
      'code-only',
      EPROC_FORM_SOURCE,
    ),
    withLogin(
      {
        id: 'tjto-eproc-2g',
        court: TJTO,
        system: 'eproc',
        degree: '2g',
        loginUrl: 'https://eproc2.tjto.jus.br/eprocV2_prod_2grau/',
        authenticatorGroup: 'tjto-eproc',
        twoFactor: { status: 'mandatory', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
        provenance: [
          fact(
            'loginUrl',
            'code-only',
            'research/courts.md: TJTO 2º grau (URL code-only); also jordansmedeiros/browserless docs/TJS_TRFS_TRIBUNAIS_SUPERIORES.md',
          ),
          TJTO_STATUS,
          fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TJTO help page)'),
          sameCourtGroup('TJTO'),
          ...eprocTotpFacts('research/courts.md: TJTO help page gives 6 digits / 30 s'),
          EPROC_ENROLLMENT_INFERRED,
        ],
      },
      eprocFormLogin('https://eproc2.tjto.jus.br/eprocV2_prod_2grau/'),
      'code-only',
      EPROC_FORM_SOURCE,
    ),
    withLogin(
      {
        id: 'tjmg-eproc-1g',
        court: TJMG,
        system: 'eproc',
        degree: '1g',
        loginUrl: 'https://eproc1g.tjmg.jus.br/eproc/',
        authenticatorGroup: 'tjmg-eproc',
        twoFactor: { status: 'unknown', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
        provenance: [
          fact('loginUrl', 'code-only', TJMG_URL_SOURCE),
          unconfirmedStatus('TJMG'),
          TJMG_METHOD,
          sameCourtGroup('TJMG'),
          ...eprocTotpFacts(),
          EPROC_ENROLLMENT_INFERRED,
        ],
      },
      eprocFormLogin('https://eproc1g.tjmg.jus.br/eproc/', { selector: '#txtInfraCaptcha' }),
      'code-only',
      EPROC_FORM_SOURCE,
      { selectors: ['code-only', TJMG_CAPTCHA], extra: ['code-only', TJMG_CAPTCHA] },
    ),
    withLogin(
      {
        id: 'tjmg-eproc-2g',
        court: TJMG,
        system: 'eproc',
        degree: '2g',
        loginUrl: 'https://eproc2g.tjmg.jus.br/eproc/',
        authenticatorGroup: 'tjmg-eproc',
        twoFactor: { status: 'unknown', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
        provenance: [
          fact('loginUrl', 'code-only', TJMG_URL_SOURCE),
          unconfirmedStatus('TJMG'),
          TJMG_METHOD,
          sameCourtGroup('TJMG'),
          ...eprocTotpFacts(),
          EPROC_ENROLLMENT_INFERRED,
        ],
      },
      eprocFormLogin('https://eproc2g.tjmg.jus.br/eproc/', { selector: '#txtInfraCaptcha' }),
      'code-only',
      EPROC_FORM_SOURCE,
      {
        selectors: ['inferred', TJMG_CAPTCHA + '; assumed for the 2nd degree too'],
        extra: ['inferred', TJMG_CAPTCHA + '; assumed for the 2nd degree too'],
      },
    ),
    withLogin(
      {
        id: 'tjsp-eproc-1g',
        court: TJSP,
        system: 'eproc',
        degree: '1g',
        loginUrl: 'https://eproc1g.tjsp.jus.br/eproc/',
        authenticatorGroup: 'tjsp-eproc',
        twoFactor: {
          status: 'unknown',
          method: 'totp',
          totp: eprocTotp(),
          enrollment: eprocEnrollment(),
          note: 'eproc is live since 2025-03-31; the Colégio Recursal runs on this instance. Login goes through Keycloak (sso.tjsp.jus.br, realm "eproc"). TJSP moves from e-SAJ to eproc by competence.',
        },
        provenance: [
          fact(
            'loginUrl',
            'code-only',
            'research/courts.md (host eproc1g.tjsp.jus.br behind Keycloak sso.tjsp.jus.br/realms/eproc); AmandaGF/ferreira-sa-hub adicionar_eproc_tjsp_1g.php (redirect_uri https://eproc1g.tjsp.jus.br/eproc/externo_controlador.php)',
          ),
          unconfirmedStatus('TJSP'),
          TJSP_METHOD,
          TJSP_NOTE,
          sameCourtGroup('TJSP'),
          ...eprocTotpFacts(),
          fact(
            'twoFactor.enrollment',
            'inferred',
            'research/courts.md: TJSP enrolment asks for a personal e-mail and sends an activation link; refused suffixes assumed as on e-Proc/JMU (seed 001) and TRF2 (seed 003)',
          ),
        ],
      },
      tjspLogin('https://eproc1g.tjsp.jus.br/eproc/'),
      'code-only',
      TJSP_LOGIN_SOURCE,
    ),
    withLogin(
      {
        id: 'tjsp-eproc-2g',
        court: TJSP,
        system: 'eproc',
        degree: '2g',
        loginUrl: 'https://eproc2g.tjsp.jus.br/eproc/',
        authenticatorGroup: 'tjsp-eproc',
        twoFactor: {
          status: 'unknown',
          method: 'totp',
          totp: eprocTotp(),
          enrollment: eprocEnrollment(),
          note: 'eproc is live since 2025-03-31. Login goes through Keycloak (sso.tjsp.jus.br, realm "eproc").',
        },
        provenance: [
          fact(
            'loginUrl',
            'code-only',
            "research/courts.md (host eproc2g.tjsp.jus.br); public code: a TJSP fee calculator's LINKS.EPROC_2_GRAU (Keycloak redirect_uri https://eproc2g.tjsp.jus.br/eproc/externo_controlador.php; repository not resolved by the code index)",
          ),
          unconfirmedStatus('TJSP'),
          TJSP_METHOD,
          TJSP_NOTE,
          sameCourtGroup('TJSP'),
          ...eprocTotpFacts(),
          fact(
            'twoFactor.enrollment',
            'inferred',
            'research/courts.md: TJSP enrolment asks for a personal e-mail and sends an activation link; refused suffixes assumed as on e-Proc/JMU (seed 001) and TRF2 (seed 003)',
          ),
        ],
      },
      tjspLogin('https://eproc2g.tjsp.jus.br/eproc/'),
      'code-only',
      TJSP_LOGIN_SOURCE,
    ),
    {
      id: 'tjrj-eproc-1g',
      court: TJRJ,
      system: 'eproc',
      degree: '1g',
      loginUrl: 'https://eproc1g.tjrj.jus.br/eproc/',
      authenticatorGroup: 'tjrj-eproc',
      twoFactor: {
        status: 'unknown',
        method: 'totp',
        totp: eprocTotp(),
        enrollment: eprocEnrollment(),
        note: "TJRJ runs PJe and DCP as well. Public code (a monitoring robot's ADR, 2026-09) reports this eproc logging in through the Jus.br SSO shared with PDPJ; whether the PJe authenticator serves it is not confirmed.",
      },
      provenance: [
        fact(
          'loginUrl',
          'code-only',
          'jordansmedeiros/browserless docs/TJS_TRFS_TRIBUNAIS_SUPERIORES.md (TJRJ 1º Grau - EPROC)',
        ),
        unconfirmedStatus('TJRJ'),
        unconfirmedMethod,
        sameCourtGroup('TJRJ'),
        ...eprocTotpFacts(),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
    {
      id: 'tjrj-eproc-2g',
      court: TJRJ,
      system: 'eproc',
      degree: '2g',
      loginUrl: 'https://eproc2g.tjrj.jus.br/eproc/',
      authenticatorGroup: 'tjrj-eproc',
      twoFactor: { status: 'unknown', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
      provenance: [
        fact(
          'loginUrl',
          'code-only',
          'jordansmedeiros/browserless docs/TJS_TRFS_TRIBUNAIS_SUPERIORES.md (TJRJ 2º Grau - EPROC)',
        ),
        unconfirmedStatus('TJRJ'),
        unconfirmedMethod,
        sameCourtGroup('TJRJ'),
        ...eprocTotpFacts(),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
    withLogin(
      {
        // No 2nd-degree instance: public code (tribunal_hosts.py, probe 06/2026) found no separate host.
        id: 'tjpr-eproc-1g',
        court: TJPR,
        system: 'eproc',
        degree: '1g',
        loginUrl: 'https://eproc1g.tjpr.jus.br/eproc/',
        authenticatorGroup: 'tjpr-eproc',
        twoFactor: {
          status: 'unknown',
          method: 'totp',
          totp: eprocTotp(),
          enrollment: eprocEnrollment(),
          note: 'A pilot since 2025-12-09, limited to cases of delegated competence in 5 comarcas (Decreto 647/2025); Projudi keeps everything else. Login goes through Keycloak (sso.tjpr.jus.br, realm "eproc").',
        },
        provenance: [
          fact(
            'loginUrl',
            'code-only',
            'atiliojr84-cell/advbr-painel data/jurisdictions.ts ("TJPR (E-proc)"); AmandaGF/ferreira-sa-hub adicionar_eproc_tjpr.php (Keycloak sso.tjpr.jus.br realm eproc, redirect_uri https://eproc1g.tjpr.jus.br/eproc/…). Another file (api/alvos.js) lists eproc.tjpr.jus.br/eproc_1g/ — not used',
          ),
          unconfirmedStatus('TJPR'),
          unconfirmedMethod,
          fact2026('twoFactor.note', 'verified', 'oabpr.org.br (Decreto 647/2025)'),
          fact(
            'authenticatorGroup',
            'inferred',
            "research/courts.md: one group per court's eproc until known otherwise; no 2nd-degree TJPR eproc host seen (public code, tribunal_hosts.py, 2026-06)",
          ),
          ...eprocTotpFacts(),
          EPROC_ENROLLMENT_INFERRED,
        ],
      },
      keycloakLogin('https://eproc1g.tjpr.jus.br/eproc/', 'sso.tjpr.jus.br'),
      'code-only',
      'courts-2026-12.md §3.2: sso.tjpr.jus.br/auth/realms/eproc (code 55133241954); no selectors shown',
    ),
    {
      id: 'tjse-eproc-1g',
      court: TJSE,
      system: 'eproc',
      degree: '1g',
      loginUrl: 'https://eproc1g.tjse.jus.br/eproc/',
      authenticatorGroup: 'tjse-eproc',
      twoFactor: {
        status: 'unknown',
        method: 'totp',
        totp: eprocTotp(),
        enrollment: eprocEnrollment(),
        note: 'Regulated by Portaria 101/2025 (published 2025-11-12). eproc takes new cases; older ones stay in the legacy TJSE system (public code).',
      },
      provenance: [
        fact('loginUrl', 'code-only', TJSE_URL_SOURCE),
        unconfirmedStatus('TJSE'),
        unconfirmedMethod,
        fact2026(
          'twoFactor.note',
          'verified',
          'plantaosergipe.com.br (Portaria 101/2025); the legacy system: public code',
        ),
        sameCourtGroup('TJSE'),
        ...eprocTotpFacts(),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
    {
      id: 'tjse-eproc-2g',
      court: TJSE,
      system: 'eproc',
      degree: '2g',
      loginUrl: 'https://eproc2g.tjse.jus.br/eproc/',
      authenticatorGroup: 'tjse-eproc',
      twoFactor: { status: 'unknown', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
      provenance: [
        fact(
          'loginUrl',
          'code-only',
          TJSE_URL_SOURCE +
            '. tribunal_hosts.py instead maps the 2nd degree to the 1st-degree host — unresolved',
        ),
        unconfirmedStatus('TJSE'),
        unconfirmedMethod,
        sameCourtGroup('TJSE'),
        ...eprocTotpFacts(),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
    {
      id: 'tjms-eproc-1g',
      court: TJMS,
      system: 'eproc',
      degree: '1g',
      loginUrl: 'https://eproc1g.tjms.jus.br/eproc/',
      authenticatorGroup: 'tjms-eproc',
      twoFactor: {
        status: 'unknown',
        method: 'totp',
        totp: eprocTotp(),
        enrollment: eprocEnrollment(),
        note: "A pilot from 2025-11-11, 10 more comarcas from 2025-12-09, the rest from 2026-01-12; the court's entry page is www.tjms.jus.br/eproc. Older cases stay in e-SAJ (public code).",
      },
      provenance: [
        fact('loginUrl', 'code-only', TJMS_URL_SOURCE),
        unconfirmedStatus('TJMS'),
        unconfirmedMethod,
        fact2026('twoFactor.note', 'verified', 'acritica.net'),
        sameCourtGroup('TJMS'),
        ...eprocTotpFacts(),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
    {
      id: 'tjms-eproc-2g',
      court: TJMS,
      system: 'eproc',
      degree: '2g',
      loginUrl: 'https://eproc2g.tjms.jus.br/eproc/',
      authenticatorGroup: 'tjms-eproc',
      twoFactor: { status: 'unknown', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
      provenance: [
        fact('loginUrl', 'code-only', TJMS_URL_SOURCE),
        unconfirmedStatus('TJMS'),
        unconfirmedMethod,
        sameCourtGroup('TJMS'),
        ...eprocTotpFacts(),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
    {
      id: 'tjmrs-eproc-1g',
      court: TJMRS,
      system: 'eproc',
      degree: '1g',
      loginUrl: 'https://eproc1g.tjmrs.jus.br/eproc/',
      authenticatorGroup: 'tjmrs-eproc',
      twoFactor: { status: 'unknown', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
      provenance: [
        fact('loginUrl', 'code-only', TJMRS_URL_SOURCE),
        unconfirmedStatus('TJM-RS'),
        unconfirmedMethod,
        sameCourtGroup('TJM-RS'),
        ...eprocTotpFacts(),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
    {
      id: 'tjmrs-eproc-2g',
      court: TJMRS,
      system: 'eproc',
      degree: '2g',
      loginUrl: 'https://eproc2g.tjmrs.jus.br/eproc/',
      authenticatorGroup: 'tjmrs-eproc',
      twoFactor: { status: 'unknown', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
      provenance: [
        fact('loginUrl', 'code-only', TJMRS_URL_SOURCE),
        unconfirmedStatus('TJM-RS'),
        unconfirmedMethod,
        sameCourtGroup('TJM-RS'),
        ...eprocTotpFacts(),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
    // Found in courts-2026-12.md §2. No source shows how they log in, so they have no `login`.
    added({
      id: 'tjba-eproc-1g',
      court: TJBA,
      system: 'eproc',
      degree: '1g',
      loginUrl: 'https://eproc1g.tjba.jus.br/eproc/',
      authenticatorGroup: 'tjba-eproc',
      twoFactor: {
        status: 'unknown',
        method: 'totp',
        totp: eprocTotp(),
        enrollment: eprocEnrollment(),
        note: 'A pilot since 2025-11-11.',
      },
      provenance: [
        fact(
          'loginUrl',
          'code-only',
          'code 54179338758 (a TJBA eproc scraper: eproc1g.tjba.jus.br/eproc/externo_controlador.php)',
        ),
        fact(
          'twoFactor.status',
          'inferred',
          'courts-2026-12.md §2: TJBA eproc pilot since 2025-11-11 (tjba.jus.br); 2FA unverifiable, recorded as unknown',
        ),
        unconfirmedMethod,
        fact('twoFactor.note', 'verified', 'tjba.jus.br: eproc pilot since 2025-11-11'),
        sameCourtGroup('TJBA'),
        ...eprocTotpFacts(),
        EPROC_ENROLLMENT_INFERRED,
      ],
    }),
    ...(['1g', '2g'] as const).map((degree) =>
      added({
        id: `tjmmg-eproc-${degree}`,
        court: TJMMG,
        system: 'eproc',
        degree,
        loginUrl: `https://eproc.tjmmg.jus.br/eproc${degree}/`,
        authenticatorGroup: 'tjmmg-eproc',
        twoFactor: { status: 'unknown', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
        provenance: [
          fact(
            'loginUrl',
            'code-only',
            'code 17747005774 (a table of court links: eproc.tjmmg.jus.br/eproc1g/ and /eproc2g/)',
          ),
          fact(
            'twoFactor.status',
            'inferred',
            'courts-2026-12.md §2: TJM-MG is listed as an eproc user (oabcachoeiro.com); 2FA unverifiable, recorded as unknown',
          ),
          unconfirmedMethod,
          sameCourtGroup('TJM-MG'),
          ...eprocTotpFacts(),
          EPROC_ENROLLMENT_INFERRED,
        ],
      }),
    ),
  ]
}
