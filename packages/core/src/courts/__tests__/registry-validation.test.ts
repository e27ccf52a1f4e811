// createCourtRegistry and extend refuse bad data with A2FError 'REGISTRY_INVALID', saying why, which
// system and which field. Every RegistryInvalidReason is reached here.
import { describe, expect, it } from 'vitest'
import { isA2FError, type A2FErrorDetails, type RegistryInvalidReason } from '../../errors.js'
import { courtRegistry, createCourtRegistry, type CourtSystem } from '../index.js'
import { sandboxSystem } from './fixtures.js'

/** The details of the REGISTRY_INVALID error `run` throws. */
function refusal(run: () => unknown): A2FErrorDetails<'REGISTRY_INVALID'> & { message: string } {
  try {
    run()
  } catch (error) {
    if (isA2FError(error, 'REGISTRY_INVALID')) return { ...error.details, message: error.message }
    throw error
  }
  throw new Error('expected REGISTRY_INVALID, nothing was thrown')
}

/** The sandbox system with `patch` applied to a deep path; `undefined` deletes the key. */
function withField(path: string, value: unknown): unknown {
  const system = structuredClone(sandboxSystem()) as unknown as Record<string, unknown>
  const keys = path.split('.')
  let target = system
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>
  const last = keys.at(-1) as string
  if (value === undefined) delete target[last]
  else target[last] = value
  return system
}

const create = (system: unknown) => () => createCourtRegistry([system as CourtSystem])

describe('REGISTRY_INVALID', () => {
  it('accepts the sandbox fixture', () => {
    expect(createCourtRegistry([sandboxSystem()]).all()).toHaveLength(1)
  })

  it('DUPLICATE_ID: the same id twice', () => {
    const details = refusal(() =>
      createCourtRegistry([sandboxSystem(), sandboxSystem({ loginUrl: 'https://other.example/' })]),
    )
    expect(details).toMatchObject({ reason: 'DUPLICATE_ID', id: 'sandbox-eproc', field: 'id' })
    expect(details.message).toContain('index 1')
  })

  it('DUPLICATE_ID: twice in one extend, even though extend overrides existing ids', () => {
    expect(refusal(() => courtRegistry.extend([sandboxSystem(), sandboxSystem()]))).toMatchObject({
      reason: 'DUPLICATE_ID',
    })
    expect(() => courtRegistry.extend([sandboxSystem({ id: 'trf4-eproc' })])).not.toThrow()
  })

  it.each([
    ['id', undefined],
    ['court', undefined],
    ['court.acronym', undefined],
    ['court.name', null],
    ['system', undefined],
    ['degree', undefined],
    ['loginUrl', undefined],
    ['authenticatorGroup', undefined],
    ['twoFactor', undefined],
    ['twoFactor.status', undefined],
    ['twoFactor.method', undefined],
    ['twoFactor.totp.period', undefined],
  ])('MISSING_FIELD: %s absent', (field, value) => {
    const details = refusal(create(withField(field, value)))
    expect(details.reason).toBe('MISSING_FIELD')
    expect(details.field).toBe(field)
    if (field !== 'id') expect(details.id).toBe('sandbox-eproc')
  })

  it.each([
    ['id', ''],
    ['id', 42],
    ['court', 'TRF4'],
    ['court.acronym', '  '],
    ['court.uf', 'XX'],
    ['court.uf', 'rs'],
    ['court.cnj', '8.21'],
    ['court.cnj.segment', 10],
    ['court.cnj.tribunal', '4'],
    ['system', 'saj'],
    ['degree', '3g'],
    ['authenticatorGroup', ''],
    ['twoFactor', 'mandatory'],
    ['twoFactor.status', 'sometimes'],
    ['twoFactor.method', 'sms'],
    ['twoFactor.since', '2025-13-01'],
    ['twoFactor.since', '2025-02-30'],
    ['twoFactor.since', '24/04/2024'],
    ['twoFactor.totp', 'SHA1'],
    ['twoFactor.totp.algorithm', 'MD5'],
    ['twoFactor.totp.digits', 5],
    ['twoFactor.totp.digits', 6.5],
    ['twoFactor.totp.period', 0],
    ['twoFactor.alternatives', ['gov.br']],
    ['twoFactor.enrollment', true],
    ['twoFactor.enrollment.personalEmailRequired', 'yes'],
    ['twoFactor.enrollment.refusedEmailSuffixes', 'jus.br'],
    ['twoFactor.note', 42],
    ['provenance', 'research/courts.md'],
    ['provenance.0', 'research/courts.md'],
    ['provenance.0.field', ''],
    ['provenance.0.source', undefined],
    ['provenance.0.checkedAt', '21/11/2026'],
    ['provenance.0.checkedAt', '2026'],
    ['provenance.0.confidence', 'sure'],
  ])('INVALID_FIELD (or MISSING_FIELD): %s = %j', (field, value) => {
    const details = refusal(create(withField(field, value)))
    expect(['INVALID_FIELD', 'MISSING_FIELD']).toContain(details.reason)
    expect(details.field).toBe(field.replace(/\.(\d+)(?=\.|$)/g, '[$1]'))
  })

  it('INVALID_FIELD: not an array, or not an object', () => {
    expect(refusal(() => createCourtRegistry('systems' as unknown as CourtSystem[]))).toEqual({
      reason: 'INVALID_FIELD',
      field: 'systems',
      message: 'Court systems must be an array, received "systems".',
    })
    expect(refusal(() => createCourtRegistry([null as unknown as CourtSystem]))).toMatchObject({
      reason: 'INVALID_FIELD',
      field: 'systems[0]',
    })
  })

  it.each([
    'http://eproc.trf4.jus.br/eproc2trf4/',
    'eproc.trf4.jus.br/eproc2trf4/',
    '/eproc/',
    'ftp://eproc.trf4.jus.br/',
    'javascript:alert(1)',
    'https://',
    'http://localhost.evil.example/',
    'http://127.0.0.2/',
    ' https://eproc.example.jus.br/eproc/',
    '',
    42,
  ])('INVALID_URL: loginUrl %j', (loginUrl) => {
    const details = refusal(create(withField('loginUrl', loginUrl)))
    expect(details).toMatchObject({ reason: 'INVALID_URL', id: 'sandbox-eproc', field: 'loginUrl' })
    expect(details.message).toMatch(/https/)
  })

  it.each([
    'https://eproc.example.jus.br/eproc/',
    'http://localhost:5174/eproc/',
    'http://127.0.0.1:8080/',
    'http://[::1]:3000/eproc/index.php',
    'http://tribunal.localhost/eproc/',
  ])('accepts loginUrl %j', (loginUrl) => {
    expect(() => createCourtRegistry([sandboxSystem({ loginUrl })])).not.toThrow()
  })

  it('INVALID_URL: enrolment page that is not https', () => {
    expect(
      refusal(create(withField('twoFactor.enrollment', { url: 'http://sso.example/totp' }))),
    ).toMatchObject({
      reason: 'INVALID_URL',
      field: 'twoFactor.enrollment.url',
    })
  })

  it.each([
    ['absent', undefined],
    ['empty', []],
    ['null', null],
  ])('MISSING_PROVENANCE: %s', (_label, provenance) => {
    expect(refusal(create(withField('provenance', provenance)))).toMatchObject({
      reason: 'MISSING_PROVENANCE',
      id: 'sandbox-eproc',
      field: 'provenance',
    })
  })

  it('refuses in extend too, leaving the registry unchanged', () => {
    const reasons: RegistryInvalidReason[] = []
    for (const bad of [
      withField('loginUrl', 'http://eproc.example/'),
      withField('provenance', []),
      withField('degree', 'x'),
    ]) {
      reasons.push(refusal(() => courtRegistry.extend([bad as CourtSystem])).reason)
    }
    expect(reasons).toEqual(['INVALID_URL', 'MISSING_PROVENANCE', 'INVALID_FIELD'])
    expect(courtRegistry.get('sandbox-eproc')).toBeUndefined()
  })

  it('names the system in the message, and says what was expected and found', () => {
    const details = refusal(create(withField('twoFactor.totp.digits', 5)))
    expect(details.message).toBe(
      'Court system "sandbox-eproc": twoFactor.totp.digits must be an integer from 6 to 10, received 5.',
    )
  })
})

describe('REGISTRY_INVALID: the login description', () => {
  /** A sandbox court behind a Keycloak-style realm on the same local host. */
  const keycloakSandbox = (): CourtSystem =>
    sandboxSystem({
      login: {
        flow: 'keycloak',
        url: 'http://localhost:5174/eproc/',
        host: 'localhost:5174',
        realm: 'eproc',
        selectors: { username: '#username', password: '#password', code: '#otp' },
        extra: ['save-device', 'profile-choice'],
      },
    })

  /** The Keycloak sandbox with `value` at `path` under `login` (undefined deletes it). */
  const withLoginField = (path: string, value: unknown): unknown => {
    const system = structuredClone(keycloakSandbox()) as unknown as Record<string, unknown>
    const keys = ['login', ...path.split('.').filter((key) => key !== '')]
    let target = system
    for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>
    const last = keys.at(-1) as string
    if (value === undefined) delete target[last]
    else target[last] = value
    return system
  }

  it('accepts a host app login, every known flow and an x- flow, and freezes it', () => {
    const registry = createCourtRegistry([keycloakSandbox()])
    const login = registry.get('sandbox-eproc')?.login
    expect(login?.extra).toEqual(['save-device', 'profile-choice'])
    expect(Object.isFrozen(login) && Object.isFrozen(login?.selectors)).toBe(true)
    for (const flow of ['eproc-form', 'keycloak', 'pje-sso', 'esaj', 'email-code', 'x-my-court']) {
      expect(() => createCourtRegistry([withLoginField('flow', flow) as CourtSystem])).not.toThrow()
    }
    // A system without `login` stays valid: unknown stays unknown.
    expect(createCourtRegistry([sandboxSystem()]).get('sandbox-eproc')?.login).toBeUndefined()
  })

  it.each([
    ['', 'keycloak', 'INVALID_FIELD', 'login'],
    ['flow', undefined, 'MISSING_FIELD', 'login.flow'],
    ['flow', 'keycloack', 'INVALID_FIELD', 'login.flow'],
    ['flow', 'my-court', 'INVALID_FIELD', 'login.flow'],
    ['flow', 'x-', 'INVALID_FIELD', 'login.flow'],
    ['flow', 42, 'INVALID_FIELD', 'login.flow'],
    ['url', undefined, 'MISSING_FIELD', 'login.url'],
    ['url', 'http://sso.example.jus.br/realms/eproc', 'INVALID_URL', 'login.url'],
    ['url', ' https://sso.example.jus.br/', 'INVALID_URL', 'login.url'],
    ['url', '/eproc/', 'INVALID_URL', 'login.url'],
    ['host', 'https://sso.tjrs.jus.br', 'INVALID_FIELD', 'login.host'],
    ['host', 'sso.tjrs.jus.br/realms/eproc', 'INVALID_FIELD', 'login.host'],
    ['host', 'SSO.tjrs.jus.br', 'INVALID_FIELD', 'login.host'],
    ['host', '', 'INVALID_FIELD', 'login.host'],
    ['realm', 'eproc/x', 'INVALID_FIELD', 'login.realm'],
    ['realm', '', 'INVALID_FIELD', 'login.realm'],
    ['selectors', '#username', 'INVALID_FIELD', 'login.selectors'],
    ['selectors', ['#username'], 'INVALID_FIELD', 'login.selectors'],
    ['selectors.username', '', 'INVALID_FIELD', 'login.selectors.username'],
    ['selectors.code', 42, 'INVALID_FIELD', 'login.selectors.code'],
    ['selectors.code', `#${'x'.repeat(200)}`, 'INVALID_FIELD', 'login.selectors.code'],
    ['extra', 'captcha', 'INVALID_FIELD', 'login.extra'],
    ['extra', ['sms'], 'INVALID_FIELD', 'login.extra[0]'],
    ['extra', ['captcha', 'captcha'], 'INVALID_FIELD', 'login.extra[1]'],
  ])('%s = %j: %s at %s', (path, value, reason, field) => {
    const details = refusal(create(withLoginField(path, value)))
    expect(details).toMatchObject({ reason, field, id: 'sandbox-eproc' })
  })

  it('says which flows are known, in the message', () => {
    expect(refusal(create(withLoginField('flow', 'keycloack'))).message).toBe(
      `Court system "sandbox-eproc": login.flow must be 'eproc-form', 'keycloak', 'pje-sso', 'esaj', 'email-code' or a host app's own flow prefixed 'x-' (e.g. 'x-my-court'), received "keycloack".`,
    )
  })

  it('checks logins in extend too', () => {
    expect(
      refusal(() => courtRegistry.extend([withLoginField('extra', ['sms']) as CourtSystem])),
    ).toMatchObject({
      reason: 'INVALID_FIELD',
      field: 'login.extra[0]',
    })
  })
})
