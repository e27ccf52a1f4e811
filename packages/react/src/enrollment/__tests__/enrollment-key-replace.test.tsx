/**
 * The wizard when the lawyer comes back to the key step after a code was shown: a new key that is not
 * accepted (a wrong character, a QR screenshot without a key) stops "Avançar" — focus on the field, the
 * error announced — instead of going on with the old key; "Manter a chave já informada" or an emptied
 * field keep the old key on purpose; a valid new key replaces it and the code changes. And the login
 * typed at step 2 against the account inside the court's QR code, when they differ.
 */
import { parseSecret, totp } from '@a2f/core'
import type { CredentialStore } from '@a2f/storage'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { QrDecoder } from '../../secret-input/qr-decoder.js'
import { expectNoAxeViolations } from '../../test-support/axe.js'
import { EPROC_EXAMPLE_KEY } from '../../test-support/fixtures.js'
import { grouped, renderWithA2F } from '../../test-support/render.js'
import { EnrollmentWizard } from '../enrollment-wizard.js'

const KEY = parseSecret(EPROC_EXAMPLE_KEY)
const NEW_KEY = parseSecret('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')
/** The new key: a '8' at position 11 where a 'B' was meant. */
const MISTYPED_KEY = 'M54H UC2W 85VR ZK3Q GA2G MMRW MVQW IZBW'
const MISTYPED_ERROR =
  'A nova chave não foi aceita. Caractere inválido «8» na posição 11. Você quis dizer «B»? Para seguir com a chave já informada, escolha “Manter a chave já informada”.'
const KEY_KEPT = 'Chave já informada. Para trocá-la, cole a nova chave abaixo.'
const CREDENTIAL = { systemId: 'trf4-eproc', account: 'RS054321', personalEmail: 'ana.souza@gmail.com' }

type User = ReturnType<typeof userEvent.setup>

const heading = () => screen.getByRole('heading', { level: 3 })
const keyField = () => screen.getByRole('textbox', { name: /Chave de autenticação/ }) as HTMLTextAreaElement
const button = (name: string) => screen.getByRole('button', { name })
const liveDigits = () => document.querySelector('.a2f-enrollment-code .a2f-countdown-digits')?.textContent

async function expectStep(name: string) {
  await waitFor(() => expect(heading().textContent).toContain(name))
  await waitFor(() => expect(document.activeElement).toBe(heading()))
}

function pasteImage(target: Element) {
  const image = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'eproc.png', { type: 'image/png' })
  // user-event cannot paste files; the field listens to the paste event's clipboard data.
  const data = { files: [image], items: [], types: ['Files'], getData: () => '' }
  target.dispatchEvent(Object.assign(new Event('paste', { bubbles: true }), { clipboardData: data }))
}

/**
 * The key step with TRF4's login filled in: the seed's key, "Avançar", its code shown at step 4, then
 * "Voltar" to the key step. Resolves with the render, the draft's id and the code shown.
 */
async function codeShownThenBack(
  user: User,
  options: { qrDecoder?: QrDecoder; store?: CredentialStore } = {},
) {
  const rendered = await renderWithA2F(
    <EnrollmentWizard
      persistence={false}
      defaultValues={CREDENTIAL}
      defaultStep="key"
      {...(options.qrDecoder ? { qrDecoder: options.qrDecoder } : {})}
    />,
    options.store ? { store: options.store } : { credentials: [] },
  )
  // The key step arrives as its own chunk (enrollment-wizard.tsx): wait for its field.
  await waitFor(() => keyField())
  await user.click(keyField())
  await user.paste(EPROC_EXAMPLE_KEY)
  await user.click(button('Avançar'))
  await expectStep('Digite este código no site do tribunal')
  const oldCode = grouped(totp(KEY.bytes, { timestamp: rendered.clock.now() }))
  await waitFor(() => expect(liveDigits()).toBe(oldCode))
  const [draft] = await rendered.store.list()
  await user.click(button('Voltar'))
  await expectStep('Chave de autenticação')
  expect(screen.getByText(KEY_KEPT)).toBeTruthy()
  return { ...rendered, draftId: draft!.id, oldCode }
}

/** "Avançar" was refused: still at the key step, focus on the key field, which names the error. */
async function expectStopped(text: string) {
  const field = keyField()
  await waitFor(() => expect(document.activeElement).toBe(field))
  expect(heading().textContent).toContain('Chave de autenticação')
  const alert = screen.getByRole('alert')
  expect(alert.textContent).toBe(text)
  expect(field.getAttribute('aria-invalid')).toBe('true')
  expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id)
  // The footer says what is wrong, not "paste the key" while a key is in the field.
  expect(screen.queryByText('Cole ou digite a chave de autenticação exibida pelo tribunal.')).toBeNull()
}

beforeEach(() => {
  sessionStorage.clear()
})

describe('EnrollmentWizard: replacing the key', () => {
  it('stops "Avançar" on a mistyped new key instead of going on with the old one', async () => {
    const user = userEvent.setup({ delay: null })
    const { container, store, draftId, oldCode } = await codeShownThenBack(user)
    const update = vi.spyOn(store, 'update')

    await user.click(keyField())
    await user.paste(MISTYPED_KEY)
    await user.click(button('Avançar'))
    await expectStopped(MISTYPED_ERROR)
    // Again, with the keyboard: still refused.
    keyField().focus()
    await user.tab() // to the upload button…
    for (let i = 0; i < 10 && document.activeElement !== button('Avançar'); i++) await user.tab()
    await user.keyboard('{Enter}')
    await expectStopped(MISTYPED_ERROR)
    expect(update).not.toHaveBeenCalled()
    expect((await store.get(draftId)).secret).toEqual(KEY.bytes)
    await expectNoAxeViolations(container)

    // The explicit way to keep the old key: the field is emptied, focus stays on it, the error goes.
    await user.click(button('Manter a chave já informada'))
    await waitFor(() => expect(document.activeElement).toBe(keyField()))
    expect(keyField().value).toBe('')
    expect(screen.queryByRole('alert')).toBeNull()
    await user.click(button('Avançar'))
    await expectStep('Digite este código no site do tribunal')
    await waitFor(() => expect(liveDigits()).toBe(oldCode))
    expect((await store.get(draftId)).secret).toEqual(KEY.bytes)
  })

  it('stops "Avançar" when the new key’s QR screenshot gave no key', async () => {
    const user = userEvent.setup({ delay: null })
    const decoder = vi.fn<QrDecoder>(async () => [])
    const { container, store, draftId } = await codeShownThenBack(user, { qrDecoder: decoder })

    pasteImage(keyField())
    await screen.findByText(/Nenhum QR code encontrado na imagem/)
    await user.click(button('Avançar'))
    await expectStopped(
      'A nova chave não foi aceita. Nenhum QR code encontrado na imagem. Use uma captura em que o QR code apareça inteiro e nítido, ou cole a chave. Para seguir com a chave já informada, escolha “Manter a chave já informada”.',
    )
    expect((await store.get(draftId)).secret).toEqual(KEY.bytes)
    await expectNoAxeViolations(container)
  })

  it('stops a first key whose QR screenshot gave no key, without offering a key to keep', async () => {
    const user = userEvent.setup({ delay: null })
    const { store } = await renderWithA2F(
      <EnrollmentWizard
        persistence={false}
        defaultValues={CREDENTIAL}
        defaultStep="key"
        qrDecoder={async () => Promise.reject(new Error('wasm 404'))}
      />,
      { credentials: [] },
    )
    // The key step arrives as its own chunk (enrollment-wizard.tsx): wait for its field.
    await waitFor(() => keyField())
    pasteImage(keyField())
    await screen.findByText(/Não foi possível carregar o leitor de QR code/, { selector: '[role="status"]' })
    await user.click(button('Avançar'))
    await expectStopped(
      'A chave não foi aceita. Não foi possível carregar o leitor de QR code. Digite ou cole a chave.',
    )
    expect(screen.queryByRole('button', { name: 'Manter a chave já informada' })).toBeNull()
    expect(await store.list()).toEqual([])
  })

  it('keeps the saved key when the field is emptied again', async () => {
    const user = userEvent.setup({ delay: null })
    const { store, draftId, oldCode } = await codeShownThenBack(user)
    await user.click(keyField())
    await user.paste(MISTYPED_KEY)
    expect(screen.getByText(/Caractere inválido «8» na posição 11/)).toBeTruthy()
    await user.clear(keyField())
    await user.click(button('Avançar'))
    await expectStep('Digite este código no site do tribunal')
    await waitFor(() => expect(liveDigits()).toBe(oldCode))
    expect((await store.get(draftId)).secret).toEqual(KEY.bytes)
  })

  it('replaces the key with a valid new one, and the code changes', async () => {
    const user = userEvent.setup({ delay: null })
    const { store, draftId, oldCode, clock } = await codeShownThenBack(user)
    const newCode = grouped(totp(NEW_KEY.bytes, { timestamp: clock.now() }))
    expect(newCode).not.toBe(oldCode) // else this test could not tell the keys apart
    await user.click(keyField())
    await user.paste(MISTYPED_KEY)
    await user.click(button('Avançar'))
    await expectStopped(MISTYPED_ERROR)
    // Correcting the field clears the error as the lawyer goes.
    await user.clear(keyField())
    await user.paste(NEW_KEY.grouped)
    expect(screen.queryByRole('alert')).toBeNull()
    await user.click(button('Avançar'))
    await expectStep('Digite este código no site do tribunal')
    await waitFor(() => expect(liveDigits()).toBe(newCode))
    expect((await store.get(draftId)).secret).toEqual(NEW_KEY.bytes)
  })
})

describe('EnrollmentWizard: the key’s account against the login', () => {
  const uri = (account: string) => `otpauth://totp/TRF4:${account}?secret=${KEY.base32}&issuer=TRF4`

  async function qrForAnotherAccount() {
    const rendered = await renderWithA2F(
      <EnrollmentWizard
        persistence={false}
        defaultValues={{ ...CREDENTIAL, account: 'SC067890' }}
        defaultStep="key"
        qrDecoder={async () => [uri('RS012345')]}
      />,
      { credentials: [] },
    )
    // The key step arrives as its own chunk (enrollment-wizard.tsx): wait for its field.
    await waitFor(() => keyField())
    pasteImage(keyField())
    await screen.findByText('Chave lida do QR code.')
    const notice = await screen.findByText(
      'A chave (imagem do QR code) é da conta RS012345, mas o login informado na etapa Credencial é SC067890.',
    )
    expect(notice.closest('[role="status"]')).not.toBeNull()
    return rendered
  }

  it('warns, stops until the lawyer chooses, and takes the key’s account when chosen', async () => {
    const user = userEvent.setup({ delay: null })
    const { container, store } = await qrForAnotherAccount()
    await expectNoAxeViolations(container)
    await user.click(button('Avançar'))
    const keepTyped = screen.getByRole('radio', { name: 'Manter SC067890, o login informado' })
    await waitFor(() => expect(document.activeElement).toBe(keepTyped))
    const error = screen.getByRole('alert')
    expect(error.textContent).toBe(
      'Escolha qual login fica na credencial: o informado na etapa Credencial ou a conta indicada pela chave.',
    )
    expect(
      screen.getByRole('group', { name: 'Qual login fica na credencial?' }).getAttribute('aria-describedby'),
    ).toBe(error.id)
    expect(keyField().getAttribute('aria-invalid')).toBeNull() // the key itself is fine
    expect(await store.list()).toEqual([])
    await expectNoAxeViolations(container)

    await user.click(screen.getByRole('radio', { name: 'Usar RS012345, a conta da chave' }))
    expect(screen.queryByRole('alert')).toBeNull()
    await user.click(button('Avançar'))
    await expectStep('Digite este código no site do tribunal')
    const [draft] = await store.list()
    expect(draft).toMatchObject({ account: 'RS012345', issuer: 'TRF4' })
  })

  it('keeps the typed login when the lawyer says so', async () => {
    const user = userEvent.setup({ delay: null })
    const { store } = await qrForAnotherAccount()
    await user.click(screen.getByRole('radio', { name: 'Manter SC067890, o login informado' }))
    await user.click(button('Avançar'))
    await expectStep('Digite este código no site do tribunal')
    const [draft] = await store.list()
    expect(draft).toMatchObject({ account: 'SC067890' })
  })

  it('says nothing when the QR code is for the login typed', async () => {
    const user = userEvent.setup({ delay: null })
    await renderWithA2F(
      <EnrollmentWizard
        persistence={false}
        defaultValues={CREDENTIAL}
        defaultStep="key"
        qrDecoder={async () => [uri('rs054321')]}
      />,
      { credentials: [] },
    )
    // The key step arrives as its own chunk (enrollment-wizard.tsx): wait for its field.
    await waitFor(() => keyField())
    pasteImage(keyField())
    await screen.findByText('Chave lida do QR code.')
    expect(screen.queryByRole('group', { name: 'Qual login fica na credencial?' })).toBeNull()
    await user.click(button('Avançar'))
    await expectStep('Digite este código no site do tribunal')
  })
})
