/**
 * eproc instances of the state courts (Justiça Estadual, and the state military court of RS).
 *
 * Sources: research/courts.md (table "eproc instances" and "Other eproc instances
 * found"), the Oystr wiki page of 2024-08 (seed 003), and — for login URLs the research does not give
 * — public automation code found on 2026-11-21, named in each `source`. Where the research and the
 * seed disagree (TJSC, TJTO) the research wins and the source text keeps the seed's outdated value.
 * `checkedAt` is the date each fact was last compared with its source (see ./facts.ts).
 *
 * @example
 * EPROC_STATE_COURTS.find((system) => system.id === 'tjrs-eproc-1g')?.twoFactor.since // '2024-08-26'
 */
import type { CourtSystem } from '../types.js'
import {
  EPROC_ENROLLMENT_INFERRED,
  RESEARCH_TOTP_METHOD,
  eprocEnrollment,
  eprocTotp,
  eprocTotpFacts,
  fact,
  sameCourtGroup,
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

  return [
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
        since: '2024-08-26',
        totp: eprocTotp(),
        enrollment: eprocEnrollment(),
        note: 'Lawyers were phased in from 2024-08-26. 2FA cannot be switched off: "Desativar 2FA" only swaps the device. Login goes through Keycloak (realm "eproc").',
      },
      provenance: [
        fact(
          'loginUrl',
          'verified',
          'research/courts.md: TJRS 1º grau row (login now via Keycloak realm "eproc"); seed 003 printed "eproclg" (OCR of eproc1g)',
        ),
        fact(
          'twoFactor.status',
          'verified',
          'research/courts.md: TJRS — mandatory, cannot be switched off; seed 003 (2024-08): OBRIGATORIO',
        ),
        fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TJRS help page)'),
        fact('twoFactor.since', 'verified', 'research/courts.md: TJRS — lawyers phased in from 2024-08-26'),
        sameCourtGroup('TJRS'),
        ...eprocTotpFacts('research/courts.md: TJRS help page gives 6 digits / 30 s'),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
    {
      id: 'tjrs-eproc-2g',
      court: TJRS,
      system: 'eproc',
      degree: '2g',
      loginUrl: 'https://eproc2g.tjrs.jus.br/eproc/index.php',
      authenticatorGroup: 'tjrs-eproc',
      twoFactor: { status: 'mandatory', method: 'totp', totp: eprocTotp(), enrollment: eprocEnrollment() },
      provenance: [
        fact('loginUrl', 'verified', 'research/courts.md: TJRS 2º grau row; seed 003 gives the same URL'),
        fact(
          'twoFactor.status',
          'verified',
          'research/courts.md: TJRS 2º grau — mandatory; seed 003 (2024-08): OBRIGATORIO',
        ),
        fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TJRS help page)'),
        sameCourtGroup('TJRS'),
        ...eprocTotpFacts('research/courts.md: TJRS help page gives 6 digits / 30 s'),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
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
        fact(
          'twoFactor.status',
          'verified',
          'research/courts.md: TJSC news — mandatory (staff 2024-12-02; lawyers 2025-04-22 → 2025-07-11 by last OAB digit). Seed 003 (2024-08) said OPCIONAL — outdated',
        ),
        fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TJSC news)'),
        fact(
          'twoFactor.since',
          'verified',
          "research/courts.md: TJSC news, lawyers 2025-04-22 → 2025-07-11 by last OAB digit (since = start of the lawyers' phase-in)",
        ),
        sameCourtGroup('TJSC'),
        ...eprocTotpFacts(),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
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
        fact(
          'twoFactor.status',
          'verified',
          'research/courts.md: TJSC news — mandatory. Seed 003 (2024-08) said OPCIONAL — outdated',
        ),
        fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TJSC news)'),
        sameCourtGroup('TJSC'),
        ...eprocTotpFacts(),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
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
        fact(
          'twoFactor.status',
          'verified',
          'research/courts.md: TJTO — mandatory since 2025-02-24 (optional from 2024-12-09). Seed 003 (2024-08) said NAO TEM A OPCAO — outdated',
        ),
        fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TJTO help page)'),
        fact('twoFactor.since', 'verified', 'research/courts.md: TJTO — mandatory since 2025-02-24'),
        sameCourtGroup('TJTO'),
        ...eprocTotpFacts('research/courts.md: TJTO help page gives 6 digits / 30 s'),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
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
        fact(
          'twoFactor.status',
          'verified',
          'research/courts.md: TJTO 2º grau — mandatory. Seed 003 (2024-08) said NAO TEM A OPCAO — outdated',
        ),
        fact('twoFactor.method', 'verified', RESEARCH_TOTP_METHOD + ' (TJTO help page)'),
        sameCourtGroup('TJTO'),
        ...eprocTotpFacts('research/courts.md: TJTO help page gives 6 digits / 30 s'),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
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
        fact(
          'twoFactor.method',
          'inferred',
          'research/courts.md: a blog shows authenticator 2FA on TJMG eproc; no court source',
        ),
        sameCourtGroup('TJMG'),
        ...eprocTotpFacts(),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
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
        fact(
          'twoFactor.method',
          'inferred',
          'research/courts.md: a blog shows authenticator 2FA on TJMG eproc; no court source',
        ),
        sameCourtGroup('TJMG'),
        ...eprocTotpFacts(),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
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
        note: 'Login goes through Keycloak (sso.tjsp.jus.br, realm "eproc"). TJSP moves from e-SAJ to eproc by competence.',
      },
      provenance: [
        fact(
          'loginUrl',
          'code-only',
          'research/courts.md (host eproc1g.tjsp.jus.br behind Keycloak sso.tjsp.jus.br/realms/eproc); AmandaGF/ferreira-sa-hub adicionar_eproc_tjsp_1g.php (redirect_uri https://eproc1g.tjsp.jus.br/eproc/externo_controlador.php)',
        ),
        unconfirmedStatus('TJSP'),
        fact(
          'twoFactor.method',
          'code-only',
          'research/courts.md: Keycloak login of TJSP asks for #otp after the password (robot selectors); enrolment QR → personal e-mail → activation link',
        ),
        sameCourtGroup('TJSP'),
        ...eprocTotpFacts(),
        fact(
          'twoFactor.enrollment',
          'inferred',
          'research/courts.md: TJSP enrolment asks for a personal e-mail and sends an activation link; refused suffixes assumed as on e-Proc/JMU (seed 001) and TRF2 (seed 003)',
        ),
      ],
    },
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
        note: 'Login goes through Keycloak (sso.tjsp.jus.br, realm "eproc").',
      },
      provenance: [
        fact(
          'loginUrl',
          'code-only',
          "research/courts.md (host eproc2g.tjsp.jus.br); public code: a TJSP fee calculator's LINKS.EPROC_2_GRAU (Keycloak redirect_uri https://eproc2g.tjsp.jus.br/eproc/externo_controlador.php; repository not resolved by the code index)",
        ),
        unconfirmedStatus('TJSP'),
        fact(
          'twoFactor.method',
          'code-only',
          'research/courts.md: Keycloak login of TJSP asks for #otp after the password (robot selectors)',
        ),
        sameCourtGroup('TJSP'),
        ...eprocTotpFacts(),
        fact(
          'twoFactor.enrollment',
          'inferred',
          'research/courts.md: TJSP enrolment asks for a personal e-mail and sends an activation link; refused suffixes assumed as on e-Proc/JMU (seed 001) and TRF2 (seed 003)',
        ),
      ],
    },
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
        note: 'Login goes through Keycloak (sso.tjpr.jus.br, realm "eproc"). eproc takes new cases; Projudi keeps the others.',
      },
      provenance: [
        fact(
          'loginUrl',
          'code-only',
          'atiliojr84-cell/advbr-painel data/jurisdictions.ts ("TJPR (E-proc)"); AmandaGF/ferreira-sa-hub adicionar_eproc_tjpr.php (Keycloak sso.tjpr.jus.br realm eproc, redirect_uri https://eproc1g.tjpr.jus.br/eproc/…). Another file (api/alvos.js) lists eproc.tjpr.jus.br/eproc_1g/ — not used',
        ),
        unconfirmedStatus('TJPR'),
        unconfirmedMethod,
        fact(
          'authenticatorGroup',
          'inferred',
          "research/courts.md: one group per court's eproc until known otherwise; no 2nd-degree TJPR eproc host seen (public code, tribunal_hosts.py, 2026-06)",
        ),
        ...eprocTotpFacts(),
        EPROC_ENROLLMENT_INFERRED,
      ],
    },
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
        note: 'eproc takes new cases; older ones stay in the legacy TJSE system (public code).',
      },
      provenance: [
        fact('loginUrl', 'code-only', TJSE_URL_SOURCE),
        unconfirmedStatus('TJSE'),
        unconfirmedMethod,
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
        note: 'Pilot since 2025-11 in the migrated districts; older cases stay in e-SAJ (public code).',
      },
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
  ]
}
