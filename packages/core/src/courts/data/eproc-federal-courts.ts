/**
 * eproc instances of the courts of the Union: the federal regional courts (TRF2, TRF4, TRF6), the
 * federal sections of the states (JFRJ, JFES, JFRS, JFSC, JFPR), the national panel (TNU) and the
 * military justice of the Union (JMU).
 *
 * Sources: research/courts.md (table "eproc instances"), research/courts-2026-12.md (confirmed dates,
 * the 4th Region's Keycloak login, the classic form elsewhere), the e-Proc/JMU 2FA guide
 * (seed 001, by the STM e-Proc support team) and the Oystr wiki page of 2024-08 (seed 003). Where the
 * seed disagrees with the research (the TRF6 URL printed twice as eproc2g, OCR slips such as
 * 'eprocVv2') the research wins and the source text records the seed's value. `checkedAt` is the date
 * each fact was last compared with its source (see ./facts.ts).
 *
 * @example
 * eprocFederalCourts().filter((system) => system.authenticatorGroup === 'trf4-eproc').length // 4
 */
import type { CourtSystem } from '../types.js'
import {
  EPROC_ENROLLMENT_INFERRED,
  EPROC_FORM_SOURCE,
  RESEARCH_TOTP_METHOD,
  SEED_003_DATE,
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

/** The eproc instances of the courts of the Union, built on each call (so bundles that never use the registry drop the data). */
export function eprocFederalCourts(): CourtSystem[] {
  const TRF2 = {
    acronym: 'TRF2',
    name: 'Tribunal Regional Federal da 2ª Região',
    cnj: { segment: 4, tribunal: '02' },
  }
  const JFRJ = {
    acronym: 'JFRJ',
    name: 'Justiça Federal do Rio de Janeiro',
    uf: 'RJ',
    cnj: { segment: 4, tribunal: '02' },
  }
  const JFES = {
    acronym: 'JFES',
    name: 'Justiça Federal do Espírito Santo',
    uf: 'ES',
    cnj: { segment: 4, tribunal: '02' },
  }
  const TRF4 = {
    acronym: 'TRF4',
    name: 'Tribunal Regional Federal da 4ª Região',
    cnj: { segment: 4, tribunal: '04' },
  }
  const JFRS = {
    acronym: 'JFRS',
    name: 'Justiça Federal do Rio Grande do Sul',
    uf: 'RS',
    cnj: { segment: 4, tribunal: '04' },
  }
  const JFSC = {
    acronym: 'JFSC',
    name: 'Justiça Federal de Santa Catarina',
    uf: 'SC',
    cnj: { segment: 4, tribunal: '04' },
  }
  const JFPR = {
    acronym: 'JFPR',
    name: 'Justiça Federal do Paraná',
    uf: 'PR',
    cnj: { segment: 4, tribunal: '04' },
  }
  // The TNU sits in the Conselho da Justiça Federal; research/courts.md gives it no J.TR code.
  const TNU = { acronym: 'TNU', name: 'Turma Nacional de Uniformização dos Juizados Especiais Federais' }
  const TRF6 = {
    acronym: 'TRF6',
    name: 'Tribunal Regional Federal da 6ª Região',
    cnj: { segment: 4, tribunal: '06' },
  }
  // research/courts.md: "JMU/STM" — the 2nd degree is the Superior Tribunal Militar, on stm.jus.br hosts.
  const JMU = { acronym: 'JMU', name: 'Justiça Militar da União', cnj: { segment: 7, tribunal: '00' } }

  const TRF2_GROUP = fact(
    'authenticatorGroup',
    'inferred',
    'research/courts.md: TRF2, JFRJ and JFES (one eproc of the 2nd Region) are grouped like TRF4 and its sections (seed 003) until known otherwise',
  )

  const TRF4_GROUP = fact(
    'authenticatorGroup',
    'seed-only',
    'seed 003 (Oystr wiki, 2024-08): "para o TRF4 e respectivas JFs basta realizar o cadastramento de um único autenticador"; one Keycloak realm for TRF4, JFSC and JFPR (eproc-sso.trf4.jus.br, 2026-10) is consistent with it but does not prove it',
    SEED_003_DATE,
  )

  const FOURTH_REGION_STATUS = fact2026(
    'twoFactor.status',
    'verified',
    'oabpr.org.br; amazonasdireito.com.br: mandatory in the 4th Region since 2024-04-22; seed 003 (2024-08): OBRIGATORIO',
  )

  // The 4th Region moved from the classic form to Keycloak (seen 2026-10-02/03).
  const FOURTH_REGION_LOGIN =
    'courts-2026-12.md §3.2, seen 2026-10-02/03 (code 71621130583; code 48541400986)'
  const fourthRegionLogin = (url: string) =>
    keycloakLogin(
      url,
      'eproc-sso.trf4.jus.br',
      { submit: '#kc-login', certificate: '#kc-login-certificate' },
      ['certificate-option'],
    )

  const SECOND_REGION_FORM = EPROC_FORM_SOURCE + '; TRF2 and JFRJ seen 2026-09-21'

  const JMU_STATUS = fact2026(
    'twoFactor.status',
    'inferred',
    "research/courts.md: JMU status unknown — seed 001 only describes how to enable 2FA, not whether it is required; the STM's MFA news (stm.jus.br, 2025-12-29) covers SEI-JMU only",
  )
  const JMU_LOGIN =
    'seed 001 (e-Proc/JMU guide): user and password on the e-Proc login screen, "Entrar", then the code from the app; no selectors'
  const JMU_METHOD = fact(
    'twoFactor.method',
    'verified',
    'seed 001 (e-Proc/JMU 2FA guide by the STM e-Proc support team): password plus a 6-digit code from an authenticator app (Google Authenticator)',
  )
  const JMU_TOTP = [
    fact(
      'twoFactor.totp.algorithm',
      'inferred',
      'research/courts.md: SHA1 inferred — robots succeed with the RFC 6238 defaults',
    ),
    fact(
      'twoFactor.totp.digits',
      'verified',
      'seed 001 (e-Proc/JMU guide): "um código de 6 dígitos gerados por aplicativo"',
    ),
    fact(
      'twoFactor.totp.period',
      'inferred',
      'same eproc software as TJTO, TRF6, TJRS and TRF4, whose help pages give 30 s (research/courts.md)',
    ),
  ]
  const JMU_ENROLLMENT = fact(
    'twoFactor.enrollment',
    'verified',
    'seed 001 (e-Proc/JMU guide): "E-mail pessoal*" — "Não são aceitos sufixos institucionais, como jus.br e gov.br"; activation link sent by e-mail',
  )

  return [
    withLogin(
      {
        id: 'trf2-eproc',
        court: TRF2,
        system: 'eproc',
        degree: '2g',
        loginUrl: 'https://eproc.trf2.jus.br/eproc/',
        authenticatorGroup: 'trf2-eproc',
        twoFactor: {
          status: 'mandatory',
          method: 'totp',
          since: '2024-05-27',
          totp: eprocTotp(),
          enrollment: eprocEnrollment(),
          note: 'Mandatory for external users since 2024-05-27.',
        },
        provenance: [
          fact(
            'loginUrl',
            'verified',
            'research/courts.md: TRF2 row (verified); seed 003 gives the same URL',
          ),
          fact2026(
            'twoFactor.status',
            'verified',
            'suprocsistemas.jfrj.jus.br: experts from 2024-05-20, all other external users from 2024-05-27; seed 003 (2024-08): OBRIGATORIO',
          ),
          fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TRF2)'),
          fact2026(
            'twoFactor.since',
            'verified',
            'suprocsistemas.jfrj.jus.br: external users since 2024-05-27',
          ),
          TRF2_GROUP,
          ...eprocTotpFacts(),
          fact(
            'twoFactor.enrollment',
            'seed-only',
            'seed 003 (Oystr wiki, 2024-08): TRF2 enrolment screen — "E-mail pessoal*", "Não são aceitos sufixos institucionais, como jus.br e gov.br"',
            SEED_003_DATE,
          ),
        ],
      },
      eprocFormLogin('https://eproc.trf2.jus.br/eproc/', {}),
      'code-only',
      SECOND_REGION_FORM,
      {
        extra: ['code-only', 'code 68881439461 (Cloudflare at TRF2)'],
      },
    ),
    withLogin(
      {
        id: 'jfrj-eproc',
        court: JFRJ,
        system: 'eproc',
        degree: '1g',
        loginUrl: 'https://eproc.jfrj.jus.br/eproc/',
        authenticatorGroup: 'trf2-eproc',
        twoFactor: { status: 'mandatory', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
        provenance: [
          fact(
            'loginUrl',
            'verified',
            'research/courts.md: JFRJ row (verified); seed 003 gives the same URL',
          ),
          fact(
            'twoFactor.status',
            'verified',
            'research/courts.md: JFRJ — mandatory; seed 003 (2024-08): OBRIGATORIO',
          ),
          fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (2nd Region)'),
          TRF2_GROUP,
          ...eprocTotpFacts(),
          fact(
            'twoFactor.enrollment',
            'inferred',
            'same eproc of the 2nd Region as the TRF2 enrolment screen in seed 003 (personal e-mail, "jus.br"/"gov.br" refused)',
          ),
        ],
      },
      eprocFormLogin('https://eproc.jfrj.jus.br/eproc/'),
      'code-only',
      SECOND_REGION_FORM,
    ),
    withLogin(
      {
        id: 'jfes-eproc',
        court: JFES,
        system: 'eproc',
        degree: '1g',
        loginUrl: 'https://eproc.jfes.jus.br/eproc/',
        authenticatorGroup: 'trf2-eproc',
        twoFactor: { status: 'mandatory', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
        provenance: [
          fact(
            'loginUrl',
            'code-only',
            'research/courts.md: JFES row (URL code-only); seed 003 gives the same URL',
          ),
          fact(
            'twoFactor.status',
            'seed-only',
            'seed 003 (Oystr wiki, 2024-08): JFES OBRIGATORIO; research/courts.md: status seed-only',
            SEED_003_DATE,
          ),
          fact(
            'twoFactor.method',
            'seed-only',
            'seed 003 (Oystr wiki, 2024-08): JFES listed in the eproc authenticator guide',
            SEED_003_DATE,
          ),
          TRF2_GROUP,
          ...eprocTotpFacts(),
          fact(
            'twoFactor.enrollment',
            'inferred',
            'same eproc of the 2nd Region as the TRF2 enrolment screen in seed 003 (personal e-mail, "jus.br"/"gov.br" refused)',
          ),
        ],
      },
      eprocFormLogin('https://eproc.jfes.jus.br/eproc/'),
      'inferred',
      'courts-2026-12.md §3.1: seen at TRF2 and JFRJ (2026-09-21), assumed for JFES',
    ),
    withLogin(
      {
        id: 'trf4-eproc',
        court: TRF4,
        system: 'eproc',
        degree: '2g',
        loginUrl: 'https://eproc.trf4.jus.br/eproc2trf4/',
        authenticatorGroup: 'trf4-eproc',
        twoFactor: {
          status: 'mandatory',
          method: 'totp',
          since: '2024-04-22',
          totp: eprocTotp(),
          enrollment: eprocEnrollment(),
          note: 'One authenticator serves TRF4 and the federal sections of RS, SC and PR.',
        },
        provenance: [
          fact(
            'loginUrl',
            'verified',
            'research/courts.md: TRF4 row (verified); seed 003 gives the same URL',
          ),
          FOURTH_REGION_STATUS,
          fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TRF4 help page)'),
          fact2026(
            'twoFactor.since',
            'verified',
            'oabpr.org.br; amazonasdireito.com.br: mandatory since 2024-04-22',
          ),
          TRF4_GROUP,
          ...eprocTotpFacts('research/courts.md: TRF4 help page gives 6 digits / 30 s'),
          EPROC_ENROLLMENT_INFERRED,
        ],
      },
      fourthRegionLogin('https://eproc.trf4.jus.br/eproc2trf4/'),
      'code-only',
      FOURTH_REGION_LOGIN,
    ),
    withLogin(
      {
        id: 'jfrs-eproc',
        court: JFRS,
        system: 'eproc',
        degree: '1g',
        loginUrl: 'https://eproc.jfrs.jus.br/eprocV2/',
        authenticatorGroup: 'trf4-eproc',
        twoFactor: { status: 'mandatory', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
        provenance: [
          fact(
            'loginUrl',
            'code-only',
            'research/courts.md: JFRS row (URL code-only); seed 003 printed "eprocVv2" (OCR)',
          ),
          FOURTH_REGION_STATUS,
          fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (4th Region)'),
          TRF4_GROUP,
          ...eprocTotpFacts(),
          EPROC_ENROLLMENT_INFERRED,
        ],
      },
      fourthRegionLogin('https://eproc.jfrs.jus.br/eprocV2/'),
      'inferred',
      FOURTH_REGION_LOGIN +
        '; seen for TRF4, JFSC and JFPR, assumed for JFRS (older code showed two captcha pages here: code 52985278174)',
    ),
    withLogin(
      {
        id: 'jfsc-eproc',
        court: JFSC,
        system: 'eproc',
        degree: '1g',
        loginUrl: 'https://eproc.jfsc.jus.br/eprocV2/',
        authenticatorGroup: 'trf4-eproc',
        twoFactor: { status: 'mandatory', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
        provenance: [
          fact(
            'loginUrl',
            'code-only',
            'research/courts.md: JFSC row (URL code-only); seed 003 gives the same URL',
          ),
          FOURTH_REGION_STATUS,
          fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (4th Region)'),
          TRF4_GROUP,
          ...eprocTotpFacts(),
          EPROC_ENROLLMENT_INFERRED,
        ],
      },
      fourthRegionLogin('https://eproc.jfsc.jus.br/eprocV2/'),
      'code-only',
      FOURTH_REGION_LOGIN,
    ),
    withLogin(
      {
        id: 'jfpr-eproc',
        court: JFPR,
        system: 'eproc',
        degree: '1g',
        loginUrl: 'https://eproc.jfpr.jus.br/eprocV2/',
        authenticatorGroup: 'trf4-eproc',
        twoFactor: { status: 'mandatory', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
        provenance: [
          fact(
            'loginUrl',
            'code-only',
            'research/courts.md: JFPR row (URL code-only); seed 003 printed "eprocVv2" (OCR)',
          ),
          FOURTH_REGION_STATUS,
          fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (4th Region)'),
          TRF4_GROUP,
          ...eprocTotpFacts(),
          EPROC_ENROLLMENT_INFERRED,
        ],
      },
      fourthRegionLogin('https://eproc.jfpr.jus.br/eprocV2/'),
      'code-only',
      FOURTH_REGION_LOGIN,
    ),
    {
      id: 'tnu-eproc',
      court: TNU,
      system: 'eproc',
      degree: 'turma',
      loginUrl: 'https://eproctnu.cjf.jus.br/eproc/',
      authenticatorGroup: 'tnu-eproc',
      twoFactor: {
        status: 'unknown',
        method: 'totp',
        totp: eprocTotp(),
        enrollment: eprocEnrollment(),
        note: 'The Oystr wiki (2024-08) listed 2FA as optional here; not confirmed since. The host now redirects to an SSO (2026-09): how a robot logs in is not known.',
      },
      provenance: [
        fact2026(
          'loginUrl',
          'verified',
          'CJF FAQ (Portaria CJF 180, 2025-05-16) confirms the URL; seed 003 gave https://eproctnu.cjf.jus.br/',
        ),
        fact2026(
          'twoFactor.note',
          'code-only',
          'code 68978466573 (2026-09-09): the old host redirects to an SSO',
        ),
        fact(
          'twoFactor.status',
          'seed-only',
          'seed 003 (Oystr wiki, 2024-08) listed TNU as OPCIONAL; research/courts.md found no later source, so recorded as unknown',
          SEED_003_DATE,
        ),
        fact(
          'twoFactor.method',
          'seed-only',
          'seed 003 (Oystr wiki, 2024-08): TNU listed in the eproc authenticator guide',
          SEED_003_DATE,
        ),
        fact(
          'authenticatorGroup',
          'inferred',
          'research/courts.md: TNU is a group of its own; no other system is known to share its authenticator',
        ),
        ...eprocTotpFacts(),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
    withLogin(
      {
        id: 'trf6-eproc-1g',
        court: TRF6,
        system: 'eproc',
        degree: '1g',
        loginUrl: 'https://eproc1g.trf6.jus.br/eproc/',
        authenticatorGroup: 'trf6-eproc',
        twoFactor: {
          status: 'mandatory',
          method: 'totp',
          since: '2024-05-20',
          totp: eprocTotp(),
          enrollment: eprocEnrollment(),
        },
        provenance: [
          fact(
            'loginUrl',
            'verified',
            'research/courts.md: TRF6 1º grau row (verified); seed 003 printed eproc2g.trf6.jus.br for both degrees — a typo',
          ),
          fact2026(
            'twoFactor.status',
            'verified',
            'astrea.aurum.com.br article 10135435 (TRF-6 among the eproc courts with 2FA); research/courts.md: mandatory since 2024-05-20; seed 003 (2024-08): OBRIGATORIO',
          ),
          fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TRF6 help page)'),
          // Not re-confirmed: on 2026-12-04 the page the research cited could not be read.
          fact(
            'twoFactor.since',
            'verified',
            'research/courts.md: TRF6 — mandatory since 2024-05-20 (portal.trf6.jus.br/tag/eproc/, which could not be read again for courts-2026-12.md)',
          ),
          sameCourtGroup('TRF6'),
          ...eprocTotpFacts('research/courts.md: TRF6 help page gives 6 digits / 30 s'),
          EPROC_ENROLLMENT_INFERRED,
        ],
      },
      eprocFormLogin('https://eproc1g.trf6.jus.br/eproc/'),
      'code-only',
      EPROC_FORM_SOURCE,
    ),
    withLogin(
      {
        id: 'trf6-eproc-2g',
        court: TRF6,
        system: 'eproc',
        degree: '2g',
        loginUrl: 'https://eproc2g.trf6.jus.br/eproc/',
        authenticatorGroup: 'trf6-eproc',
        twoFactor: { status: 'mandatory', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
        provenance: [
          fact(
            'loginUrl',
            'verified',
            'research/courts.md: TRF6 2º grau row (verified); seed 003 gives the same URL',
          ),
          fact(
            'twoFactor.status',
            'verified',
            'research/courts.md: TRF6 2º grau — mandatory; seed 003 (2024-08): OBRIGATORIO',
          ),
          fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TRF6 help page)'),
          sameCourtGroup('TRF6'),
          ...eprocTotpFacts('research/courts.md: TRF6 help page gives 6 digits / 30 s'),
          EPROC_ENROLLMENT_INFERRED,
        ],
      },
      eprocFormLogin('https://eproc2g.trf6.jus.br/eproc/'),
      'code-only',
      EPROC_FORM_SOURCE,
    ),
    withLogin(
      {
        id: 'jmu-eproc-1g',
        court: JMU,
        system: 'eproc',
        degree: '1g',
        loginUrl: 'https://eproc1g.stm.jus.br/eproc_1g_prod/',
        authenticatorGroup: 'jmu-eproc',
        twoFactor: { status: 'unknown', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
        provenance: [
          fact(
            'loginUrl',
            'code-only',
            "research/courts.md: JMU 1º grau row (URL code-only); public code tribunal_hosts.py EPROC_HOSTS['jmu'] agrees",
          ),
          JMU_STATUS,
          JMU_METHOD,
          sameCourtGroup('JMU'),
          ...JMU_TOTP,
          JMU_ENROLLMENT,
        ],
      },
      { flow: 'eproc-form', url: 'https://eproc1g.stm.jus.br/eproc_1g_prod/' },
      'verified',
      JMU_LOGIN,
    ),
    withLogin(
      {
        id: 'jmu-eproc-2g',
        court: JMU,
        system: 'eproc',
        degree: '2g',
        loginUrl: 'https://eproc2g.stm.jus.br/eproc_2g_prod/',
        authenticatorGroup: 'jmu-eproc',
        twoFactor: { status: 'unknown', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
        provenance: [
          fact(
            'loginUrl',
            'code-only',
            "research/courts.md: JMU 2º grau row (URL code-only); public code tribunal_hosts.py EPROC_HOSTS['jmu'] agrees",
          ),
          JMU_STATUS,
          JMU_METHOD,
          sameCourtGroup('JMU'),
          ...JMU_TOTP,
          JMU_ENROLLMENT,
        ],
      },
      { flow: 'eproc-form', url: 'https://eproc2g.stm.jus.br/eproc_2g_prod/' },
      'inferred',
      JMU_LOGIN + '; assumed for the 2nd degree',
    ),
  ]
}
