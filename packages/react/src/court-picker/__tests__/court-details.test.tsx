import { courtRegistry, type CourtSystem } from '@a2f/core'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '../../test-support/axe.js'
import { renderWithA2F } from '../../test-support/render.js'
import { CourtDetails } from '../court-details.js'

const noCredentials = { credentials: [] }

function fact(container: HTMLElement, kind: string): string | undefined {
  return container.querySelector(`[data-kind="${kind}"]`)?.textContent ?? undefined
}

describe('CourtDetails', () => {
  it('for TRF4: the shared authenticator, the login link, the warning, the personal e-mail and the source', async () => {
    const { container } = await renderWithA2F(<CourtDetails systemId="trf4-eproc" />, noCredentials)
    expect(fact(container, 'shared-group')).toBe(
      'Um mesmo autenticador serve TRF4, JFRS, JFSC e JFPR: basta cadastrá-lo uma vez.',
    )
    const link = screen.getByRole('link', {
      name: 'Abrir a página de login (TRF4 eproc · 2º grau) (abre em nova aba)',
    })
    expect(link.getAttribute('href')).toBe('https://eproc.trf4.jus.br/eproc2trf4/')
    expect(link.getAttribute('target')).toBe('_blank')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(fact(container, 'warning')).toContain('exclua-o ou desative a autenticação em dois fatores')
    expect(fact(container, 'warning')).toContain('celular, outro software')
    expect(fact(container, 'personal-email')).toBe(
      'O tribunal pede um e-mail pessoal e envia para ele o link de ativação. Não são aceitos endereços institucionais terminados em "jus.br" e "gov.br".',
    )
    const source = container.querySelector('.a2f-court-details-source')?.textContent
    expect(source).toContain(
      'Fonte da situação do 2FA: oabpr.org.br; amazonasdireito.com.br: mandatory in the 4th Region since 2024-04-22',
    )
    expect(source).toContain('conferido em 04/12/2026; confirmado em página do tribunal ou notícia')
    expect(container.querySelector('.a2f-badge')?.getAttribute('data-status')).toBe('mandatory')
    expect(fact(container, 'email-code')).toBeUndefined()
    await expectNoAxeViolations(container)
  })

  it('names the degrees when one court has several systems in the group', async () => {
    const { container } = await renderWithA2F(<CourtDetails systemId="trf6-eproc-2g" />, noCredentials)
    expect(fact(container, 'shared-group')).toBe(
      'Um mesmo autenticador serve TRF6 2º grau e TRF6 1º grau: basta cadastrá-lo uma vez.',
    )
  })

  it('for an e-mail code court: no key, no group note, no authenticator warning', async () => {
    const { container } = await renderWithA2F(<CourtDetails systemId="tjsp-esaj" />, noCredentials)
    expect(fact(container, 'email-code')).toBe(
      'Este sistema envia o código por e-mail a cada login: não há chave de autenticador para cadastrar.',
    )
    expect(fact(container, 'shared-group')).toBeUndefined()
    expect(fact(container, 'warning')).toBeUndefined()
    expect(screen.getByRole('link').getAttribute('href')).toContain('https://esaj.tjsp.jus.br/sajcas/login')
    expect(container.textContent).toContain('código por e-mail (sem chave de autenticador)')
    await expectNoAxeViolations(container)
  })

  it('for PJe: the gov.br alternative and the registration page, without a personal e-mail', async () => {
    const { container } = await renderWithA2F(<CourtDetails systemId="pje-pdpj" />, noCredentials)
    expect(fact(container, 'govbr')).toBe('Em vez do autenticador, o sistema também aceita uma conta gov.br.')
    expect(fact(container, 'personal-email')).toBeUndefined()
    const links = screen.getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://sso.cloud.pje.jus.br/auth/realms/pje/account',
      'https://sso.cloud.pje.jus.br/auth/realms/pje/account/totp',
    ])
    expect(links.every((link) => /abre em nova aba/.test(link.textContent ?? ''))).toBe(true)
    await expectNoAxeViolations(container)
  })

  it('accepts a system outside the registry, and renders nothing for an unknown id', async () => {
    const trf4 = courtRegistry.get('trf4-eproc')!
    const sandbox: CourtSystem = {
      ...trf4,
      id: 'sandbox-eproc',
      court: { acronym: 'SANDBOX', name: 'Tribunal de Testes' },
      loginUrl: 'http://localhost:5174/eproc/',
      authenticatorGroup: 'sandbox-eproc',
    }
    const { container, rerender } = await renderWithA2F(<CourtDetails system={sandbox} />, noCredentials)
    expect(screen.getByRole('link').getAttribute('href')).toBe('http://localhost:5174/eproc/')
    expect(fact(container, 'shared-group')).toBeUndefined()
    rerender(<CourtDetails systemId="no-such-court" />)
    expect(container.innerHTML).toBe('')
  })

  it('speaks English', async () => {
    const { container } = await renderWithA2F(<CourtDetails systemId="trf4-eproc" className="x" />, {
      ...noCredentials,
      locale: 'en',
    })
    expect(fact(container, 'shared-group')).toBe(
      'One authenticator serves TRF4, JFRS, JFSC, and JFPR: register it only once.',
    )
    expect(
      screen.getByRole('link', { name: /Open the TRF4 .* login page \(opens in a new tab\)/ }),
    ).toBeTruthy()
    expect(container.firstElementChild?.className).toBe('a2f-court-details x')
  })
})
