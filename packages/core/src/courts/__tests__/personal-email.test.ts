// validatePersonalEmail: the personal address eproc asks for at enrolment, "jus.br" and "gov.br" refused.
import { describe, expect, it } from 'vitest'
import { isA2FError } from '../../errors.js'
import { DEFAULT_REFUSED_EMAIL_SUFFIXES, courtRegistry, validatePersonalEmail } from '../index.js'

describe('validatePersonalEmail', () => {
  it.each([
    'ana.souza@gmail.com',
    '  ana@gmail.com  ',
    '\tana@gmail.com\n',
    'ana@gmail.com.',
    'ana+2fa@outlook.com',
    'ANA@GMAIL.COM',
    'ana@notjus.br',
    'ana@jusbrasil.com.br',
    'ana@jus.br.example.com',
    'ana@gov.bra',
    'joão@exemplo.com.br',
    'ana@café.com.br',
    'ana@xn--caf-dma.com.br',
    'a@b.co',
    `${'a'.repeat(64)}@gmail.com`,
  ])('accepts %j', (email) => {
    expect(validatePersonalEmail(email)).toEqual({ ok: true })
  })

  it.each([
    ['x@tjrs.jus.br', 'jus.br'],
    ['x@JUS.BR', 'jus.br'],
    ['X@Tjsp.Jus.Br', 'jus.br'],
    ['x@trf4.jus.br.', 'jus.br'],
    [' advogada@eproc.jfrs.jus.br ', 'jus.br'],
    ['x@receita.fazenda.gov.br', 'gov.br'],
    ['x@gov.br', 'gov.br'],
  ])('refuses %j as institutional (%s)', (email, suffix) => {
    expect(validatePersonalEmail(email)).toEqual({ ok: false, reason: 'INSTITUTIONAL_DOMAIN', suffix })
  })

  it.each([
    '',
    '   ',
    'ana',
    'ana@',
    '@gmail.com',
    'ana@@gmail.com',
    'a@b@gmail.com',
    'ana@gmail',
    'ana@gmail.',
    'ana @gmail.com',
    'ana@gmail .com',
    'ana@gmail..com',
    'ana@.gmail.com',
    'ana@gmail.com..',
    'ana@-gmail.com',
    'ana@gmail-.com',
    'ana@gm_ail.com',
    'ana@192.168.0.1',
    'ana@[127.0.0.1]',
    'ana@gmail.com\u0000',
    `ana@${'a'.repeat(64)}.com`,
    `${'a'.repeat(65)}@gmail.com`,
    `${'a'.repeat(60)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`,
  ])('refuses %j as malformed', (email) => {
    expect(validatePersonalEmail(email)).toEqual({ ok: false, reason: 'MALFORMED' })
  })

  it('counts length after trimming, at most 254 characters', () => {
    const local = 'a'.repeat(64)
    const domain = (length: number) =>
      `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(length - 63 - 63 - 2 - 4)}.com`
    const at254 = `${local}@${domain(254 - 65)}`
    expect(at254).toHaveLength(254)
    expect(validatePersonalEmail(`  ${at254}  `)).toEqual({ ok: true })
    expect(validatePersonalEmail(`${local}@${domain(255 - 65)}`)).toEqual({ ok: false, reason: 'MALFORMED' })
  })

  it('refuses non-strings as malformed instead of throwing', () => {
    for (const value of [undefined, null, 42, {}]) {
      expect(validatePersonalEmail(value as unknown as string)).toEqual({ ok: false, reason: 'MALFORMED' })
    }
  })

  it.each([
    [
      ['oab.org.br'],
      'x@oabrs.oab.org.br',
      { ok: false, reason: 'INSTITUTIONAL_DOMAIN', suffix: 'oab.org.br' },
    ],
    [['oab.org.br'], 'x@tjrs.jus.br', { ok: true }],
    [[], 'x@tjrs.jus.br', { ok: true }],
    [['.JUS.BR'], 'x@tjrs.jus.br', { ok: false, reason: 'INSTITUTIONAL_DOMAIN', suffix: 'jus.br' }],
    [['@gov.br'], 'x@gov.br', { ok: false, reason: 'INSTITUTIONAL_DOMAIN', suffix: 'gov.br' }],
    [['br', 'jus.br'], 'x@tjrs.jus.br', { ok: false, reason: 'INSTITUTIONAL_DOMAIN', suffix: 'jus.br' }],
    [['', '.'], 'x@tjrs.jus.br', { ok: true }],
  ])('refusedSuffixes %j: %s', (refusedSuffixes, email, expected) => {
    expect(validatePersonalEmail(email, { refusedSuffixes })).toEqual(expected)
  })

  it('takes the refused suffixes of a court system, and defaults when it has none', () => {
    const suffixes = courtRegistry.get('trf2-eproc')?.twoFactor.enrollment?.refusedEmailSuffixes
    expect(validatePersonalEmail('x@jfrj.jus.br', { refusedSuffixes: suffixes })).toMatchObject({
      reason: 'INSTITUTIONAL_DOMAIN',
    })
    expect(validatePersonalEmail('x@jfrj.jus.br', { refusedSuffixes: undefined })).toMatchObject({
      reason: 'INSTITUTIONAL_DOMAIN',
    })
    expect(DEFAULT_REFUSED_EMAIL_SUFFIXES).toEqual(['jus.br', 'gov.br'])
    expect(Object.isFrozen(DEFAULT_REFUSED_EMAIL_SUFFIXES)).toBe(true)
  })

  it('throws OPTION_INVALID for refusedSuffixes that are not an array of strings', () => {
    for (const refusedSuffixes of ['jus.br', [42], null]) {
      let error: unknown
      try {
        validatePersonalEmail('x@gmail.com', { refusedSuffixes: refusedSuffixes as unknown as string[] })
      } catch (caught) {
        error = caught
      }
      expect(isA2FError(error, 'OPTION_INVALID')).toBe(true)
    }
  })
})
