/**
 * Court systems other than eproc: PJe (the national CNJ/PDPJ login), e-SAJ of TJSP, TJMS, TJCE and
 * TJAC, and Projudi of TJPR.
 *
 * Sources: research/courts.md (section "Other systems", which states its facts without a
 * weaker mark, so they are recorded as 'verified') and, for login URLs the research does not give,
 * public automation code found on 2026-11-21, named in each `source`. `checkedAt` is the date each
 * fact was last compared with its source (see ./facts.ts).
 *
 * e-SAJ sends its second factor by e-mail at every login (`method: 'email-code'`): there is no
 * authenticator key to store, so a2f can only tell the user where the code will arrive.
 *
 * @example
 * otherSystems().filter((system) => system.twoFactor.method === 'email-code').map((system) => system.id)
 * // ['tjsp-esaj', 'tjms-esaj', 'tjce-esaj', 'tjac-esaj']
 */
import type { CourtSystem, Provenance } from '../types.js'
import { fact } from './facts.js'

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

  /** e-SAJ of one court: the login is the Softplan CAS page; `since` as research/courts.md gives it. */
  function esaj(
    id: string,
    court: CourtSystem['court'],
    host: string,
    since: string | undefined,
    extraMethodSource = '',
  ): CourtSystem {
    const system: CourtSystem = {
      id,
      court,
      system: 'esaj',
      degree: 'unico',
      loginUrl: `https://${host}/sajcas/login?service=https%3A%2F%2F${host}%2Fesaj%2Fj_spring_cas_security_check`,
      authenticatorGroup: id,
      twoFactor: { status: 'mandatory', method: 'email-code', note: ESAJ_NOTE },
      provenance: [
        fact('loginUrl', 'code-only', `${BROWSERLESS} (${court.acronym} ESAJ: CAS login)`),
        fact(
          'twoFactor.status',
          'inferred',
          `research/courts.md (Other systems: e-SAJ) gives when the e-mail code started${since === undefined ? ' but no date for this court' : ''}; that no login skips it is assumed`,
        ),
        fact(
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
        fact(
          'twoFactor.since',
          'verified',
          `research/courts.md (Other systems): e-SAJ ${court.acronym} from ${since}`,
        ),
      )
    }
    return system
  }

  return [
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
        totp: { algorithm: 'SHA1', digits: 6, period: 30 },
        alternatives: ['govbr'],
        enrollment: { url: 'https://sso.cloud.pje.jus.br/auth/realms/pje/account/totp' },
        note: 'Mandatory for external users from 2025-11-03. Instead of an authenticator app (Google Authenticator, FreeOTP), a gov.br account of level Ouro is accepted. The earlier e-mail code was suspended. Vendors call the key a "SEED": 32 characters in 8 groups of 4.',
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
        fact('twoFactor.since', 'verified', 'research/courts.md (Other systems: PJe) — from 2025-11-03'),
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
    esaj(
      'tjsp-esaj',
      {
        acronym: 'TJSP',
        name: 'Tribunal de Justiça do Estado de São Paulo',
        uf: 'SP',
        cnj: { segment: 8, tribunal: '26' },
      },
      'esaj.tjsp.jus.br',
      '2025-03-24',
    ),
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
      `; ${BROWSERLESS} also notes "Duplo Fator por e-mail" for TJMS`,
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
        totp: { algorithm: 'SHA1', digits: 6, period: 30 },
        note: 'A login with an A3 digital certificate skips the 2FA.',
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
        fact(
          'twoFactor.since',
          'verified',
          'research/courts.md (Other systems: Projudi TJPR) — since 2021-09-13',
        ),
        fact(
          'authenticatorGroup',
          'inferred',
          'no other system is known to share the Projudi TJPR authenticator',
        ),
        ...APP_TOTP_FACTS('research/courts.md: an authenticator app'),
      ],
    },
  ]
}
