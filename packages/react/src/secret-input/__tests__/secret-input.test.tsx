import {
  buildMigrationUris,
  buildOtpauthUri,
  decodeBase32,
  encodeBase32,
  type OtpauthRecord,
} from '@a2f/core'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '../../test-support/axe.js'
import { EPROC_EXAMPLE_KEY } from '../../test-support/fixtures.js'
import { renderWithA2F } from '../../test-support/render.js'
import type { EnteredSecret } from '../entered-secret.js'
import type { QrDecoder } from '../qr-decoder.js'
import type { SecretEntry } from '../secret-entry.js'
import { SecretInput, type SecretInputProps } from '../secret-input.js'
import { leaves, stateOf } from './react-state.js'

const noCredentials = { credentials: [] }

afterEach(() => {
  vi.unstubAllGlobals()
})
const KEY_BASE32 = EPROC_EXAMPLE_KEY.replace(/ /g, '')
const KEY_BYTES = decodeBase32(KEY_BASE32)
/** The link TRF4's QR code carries for the example key. */
const TRF4_URI = buildOtpauthUri({
  type: 'totp',
  secret: KEY_BYTES,
  account: 'RS054321',
  issuer: 'TRF4',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
})

function record(
  issuer: string,
  account: string,
  fill: number,
  extra: Partial<OtpauthRecord> = {},
): OtpauthRecord {
  return {
    type: 'totp',
    secret: new Uint8Array(20).fill(fill),
    account,
    issuer,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    ...extra,
  }
}

const OFFICE_EXPORT = [
  record('TRF4', 'RS054321', 1),
  record('TJRS', 'RS054321', 2),
  record('Google', 'ana.souza@gmail.com', 3, { digits: 8 }),
]

async function setup(
  props: { locale?: string } & Pick<SecretInputProps, 'qrDecoder' | 'expectedKey' | 'required'> = {},
) {
  const { locale, ...inputProps } = props
  const onSecretChange = vi.fn<(secret: EnteredSecret | null) => void>()
  const onEntryChange = vi.fn<(entry: SecretEntry) => void>()
  const user = userEvent.setup()
  const rendered = await renderWithA2F(
    <SecretInput onSecretChange={onSecretChange} onEntryChange={onEntryChange} {...inputProps} />,
    { ...noCredentials, ...(locale ? { locale } : {}) },
  )
  /** The last entry reported. */
  const entry = () => onEntryChange.mock.calls.at(-1)?.[0]
  const field = screen.getByRole('textbox') as HTMLTextAreaElement
  const last = () => onSecretChange.mock.calls.at(-1)?.[0]
  const message = () => document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[1]!)!
  const pointer = () => rendered.container.querySelector<HTMLElement>('.a2f-secret-input-pointer')!
  return { ...rendered, onSecretChange, onEntryChange, entry, user, field, last, message, pointer }
}

/** Secrets of several kinds must never show up in the DOM outside the field (and the pointer line). */
function expectNoKeyInDom(container: HTMLElement, ...keys: string[]) {
  const clone = container.cloneNode(true) as HTMLElement
  clone.querySelectorAll('textarea, .a2f-secret-input-pointer').forEach((node) => node.remove())
  for (const key of keys) {
    expect(clone.innerHTML).not.toContain(key)
    expect(clone.innerHTML.replace(/\s/g, '')).not.toContain(key)
  }
}

function imageFile(name = 'eproc.png'): File {
  return new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], name, { type: 'image/png' })
}

describe('SecretInput: typed and pasted text', () => {
  it('emits the bytes of a key typed in groups of 4, and confirms quietly without echoing it', async () => {
    const { user, field, last, message, container } = await setup()
    expect(screen.getByRole('textbox', { name: 'Chave de autenticação' })).toBe(field)
    await user.type(field, EPROC_EXAMPLE_KEY.toLowerCase())
    const secret = last()
    expect(secret?.bytes).toEqual(KEY_BYTES)
    expect(secret?.source).toBe('typed')
    expect(secret?.params).toEqual({})
    expect(secret?.warnings).toEqual([])
    expect(message().textContent).toBe('Chave válida: 160 bits. Origem: chave digitada ou colada.')
    expect(field.getAttribute('aria-invalid')).toBeNull()
    expect(container.firstElementChild?.getAttribute('data-state')).toBe('valid')
    expectNoKeyInDom(container, KEY_BASE32, EPROC_EXAMPLE_KEY, 'MMZD')
  })

  it('accepts a paste with hyphens, line breaks and padding', async () => {
    const { user, field, last } = await setup()
    field.focus()
    await user.paste('mmzd-imru-gzrg-cnrq\nga2g-mmrw-mvqw-izbw====')
    expect(last()?.bytes).toEqual(KEY_BYTES)
  })

  it.each([
    ['ç', 'MMZD IMRU GZRç', 14, 'Caractere inválido «ç» na posição 14. Você quis dizer «C»?'],
    [
      '1',
      'MMZD IMRU GZRG CNRQ GA2G MMRW MVQW 1ZBW',
      36,
      'Caractere inválido «1» na posição 36. Você quis dizer «I»?',
    ],
    [
      '9',
      'MMZD 9',
      6,
      'Caractere inválido «9» na posição 6. A chave só tem letras de A a Z e números de 2 a 7.',
    ],
  ])(
    'points at the bad character %j, in the message and in the pointer line',
    async (character, typed, position, sentence) => {
      const { user, field, last, message, pointer, container } = await setup()
      await user.type(field, typed)
      expect(last()).toBeNull()
      expect(message().textContent).toBe(sentence)
      expect(field.getAttribute('aria-invalid')).toBe('true')
      expect(field.getAttribute('aria-describedby')).toContain(message().id)
      const line = pointer()
      expect(line.hidden).toBe(false)
      expect(line.getAttribute('aria-hidden')).toBe('true')
      expect(line.querySelector('mark')?.textContent).toBe(character)
      expect(line.textContent?.indexOf(character)).toBe(position - 1)
      await expectNoAxeViolations(container)
    },
  )

  it('clears the error and the pointer once the character is fixed', async () => {
    const { user, field, last, message, pointer } = await setup()
    await user.type(field, 'MMZD IMRU GZR8')
    expect(message().textContent).toContain('Você quis dizer «B»?')
    await user.type(field, '{Backspace}G CNRQ GA2G MMRW MVQW IZBW')
    expect(last()?.bytes).toEqual(KEY_BYTES)
    expect(pointer().hidden).toBe(true)
    expect(pointer().childNodes).toHaveLength(0)
    expect(field.getAttribute('aria-invalid')).toBeNull()
  })

  it('treats a short key as unfinished while typing, and as an error after leaving the field', async () => {
    const { user, field, message, container } = await setup()
    await user.type(field, 'MMZD IMRU')
    expect(field.getAttribute('aria-invalid')).toBeNull()
    expect(container.firstElementChild?.getAttribute('data-state')).toBe('incomplete')
    expect(message().textContent).toBe(
      'Chave incompleta: 8 caracteres, são necessários pelo menos 16 (os tribunais costumam mostrar 32). Confira se copiou a chave inteira.',
    )
    await user.tab()
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(container.firstElementChild?.getAttribute('data-state')).toBe('invalid')
    await expectNoAxeViolations(container)
  })

  it('judges a pasted short key at once', async () => {
    const { user, field } = await setup()
    field.focus()
    await user.paste('MMZD IMRU')
    expect(field.getAttribute('aria-invalid')).toBe('true')
  })

  it('says nothing while empty and untouched; asks for the key when emptied and left', async () => {
    const { user, field, message, onSecretChange, container } = await setup()
    await user.click(field)
    await user.tab()
    expect(message().textContent).toBe('')
    expect(field.getAttribute('aria-invalid')).toBeNull()
    expect(onSecretChange).not.toHaveBeenCalled()
    await expectNoAxeViolations(container)
    await user.type(field, 'MM')
    await user.clear(field)
    expect(message().textContent).toBe('')
    await user.tab()
    expect(message().textContent).toBe('Informe a chave de autenticação fornecida pelo tribunal.')
    expect(field.getAttribute('aria-invalid')).toBe('true')
  })

  it('warns about a short but usable key without blocking it', async () => {
    const { user, field, last, message } = await setup()
    field.focus()
    await user.paste('JBSWY3DPEHPK3PXP') // 80 bits
    expect(last()?.bytes).toEqual(decodeBase32('JBSWY3DPEHPK3PXP'))
    expect(last()?.warnings.map((warning) => warning.code)).toEqual(['SECRET_WEAK'])
    expect(message().textContent).toContain('Chave válida: 80 bits.')
    expect(message().textContent).toContain('Chave curta (80 bits)')
  })

  it('says how many characters a key with one missing or extra has, against the 32 courts show', async () => {
    const { user, field, message } = await setup()
    field.focus()
    await user.paste('MMZD IMRU GZRG CNRQ GA2G MMRW MVQW IZBWA') // 33 characters: impossible length
    expect(message().textContent).toBe(
      'Chave longa: tem 33 caracteres, e os tribunais costumam mostrar 32 (8 grupos de 4). Confira se sobrou algum caractere no final.',
    )
    await user.clear(field)
    // Five of the eight groups: 24 characters on screen, 20 key characters, the last one's bits unused.
    await user.paste('MMZD IMRU GZRG CNRQ GA2G')
    expect(message().textContent).toBe(
      'Chave curta: tem 20 caracteres, e os tribunais costumam mostrar 32 (8 grupos de 4). Confira se copiou a chave inteira.',
    )
    expect(message().textContent).not.toContain('O último caractere não fecha a chave')
  })

  it('names the court’s own length when it is known, in every language', async () => {
    const eproc = { characters: 32, system: 'eproc' }
    const texts = {
      'pt-BR':
        'Chave curta: tem 20 caracteres, e o eproc mostra 32 (8 grupos de 4). Confira se copiou a chave inteira.',
      en: 'Key too short: it has 20 characters, and eproc shows 32 (8 groups of 4). Check that you copied the whole key.',
      es: 'Clave corta: tiene 20 caracteres, y eproc muestra 32 (8 grupos de 4). Compruebe que copió la clave entera.',
    }
    for (const [locale, text] of Object.entries(texts)) {
      const { user, field, message, unmount } = await setup({ expectedKey: eproc, locale })
      field.focus()
      await user.paste('MMZD IMRU GZRG CNRQ GA2G')
      expect(message().textContent).toBe(text)
      unmount()
    }
  })

  it('warns that a valid typed key is shorter than the court’s, only when that length is known', async () => {
    const cut = 'MMZD IMRU GZRG CNRQ GA2G MMRW' // 24 characters, 120 bits: a key, but not eproc's whole key
    const known = await setup({ expectedKey: { characters: 32, system: 'eproc' } })
    known.field.focus()
    await known.user.paste(cut)
    expect(known.last()?.bytes).toHaveLength(15) // still usable: some courts may hand out shorter keys
    const warnings = known.container.querySelectorAll('.a2f-secret-input-warnings li')
    expect([...warnings].map((item) => item.textContent)).toEqual([
      'Chave curta: tem 24 caracteres, e o eproc mostra 32 (8 grupos de 4). Confira se copiou a chave inteira.',
    ])
    known.unmount()
    const unknown = await setup()
    unknown.field.focus()
    await unknown.user.paste(cut)
    expect(unknown.message().textContent).toContain('Chave curta (120 bits)')
    expect(unknown.message().textContent).not.toContain('24 caracteres')
  })
})

describe('SecretInput: otpauth:// links', () => {
  it('takes the key, the parameters, the issuer and the account of a link', async () => {
    const { user, field, last, message, container } = await setup()
    field.focus()
    await user.paste(TRF4_URI)
    expect(last()).toEqual({
      bytes: KEY_BYTES,
      params: { algorithm: 'SHA1', digits: 6, period: 30 },
      issuer: 'TRF4',
      account: 'RS054321',
      source: 'uri',
      warnings: [],
    })
    expect(message().textContent).toBe(
      'Chave válida: 160 bits. Origem: link otpauth://. Conta: TRF4 — RS054321.',
    )
    expectNoKeyInDom(container, KEY_BASE32)
  })

  it('says what is wrong with a broken link', async () => {
    const { user, field, message, last } = await setup()
    field.focus()
    await user.paste('otpauth://totp/TRF4:RS054321?issuer=TRF4')
    expect(last()).toBeNull()
    expect(message().textContent).toBe('O link otpauth:// não contém a chave (parâmetro secret).')
    await user.clear(field)
    await user.paste(`otpauth://hotp/X:y?secret=${KEY_BASE32}&counter=1`)
    expect(message().textContent).toContain('contador (HOTP)')
  })
})

describe('SecretInput: Google Authenticator export', () => {
  it('lists the accounts without their keys, and emits the one picked with the keyboard', async () => {
    const { user, field, last, onSecretChange, container } = await setup()
    const [uri] = buildMigrationUris(OFFICE_EXPORT, { batchId: 7 })
    field.focus()
    await user.paste(uri!)
    expect(last()).toBeNull()
    const group = screen.getByRole('group', { name: 'A exportação tem 3 contas. Escolha a deste tribunal:' })
    const radios = screen.getAllByRole('radio')
    expect(radios.map((radio) => radio.closest('label')?.textContent?.trim())).toEqual([
      'TRF4 — RS054321',
      'TJRS — RS054321',
      'Google — ana.souza@gmail.com',
    ])
    expect(radios.every((radio) => !(radio as HTMLInputElement).checked)).toBe(true)
    expect(group).toBeTruthy()
    await expectNoAxeViolations(container)

    // user-event moves between radios with CSS.escape, which jsdom lacks (browsers have it).
    if (typeof globalThis.CSS?.escape !== 'function') {
      vi.stubGlobal('CSS', { escape: (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`) })
    }
    await user.tab() // from the field to the first account
    expect(document.activeElement).toBe(radios[0])
    await user.keyboard(' ')
    expect(last()?.issuer).toBe('TRF4')
    await user.keyboard('{ArrowDown}')
    expect((radios[1] as HTMLInputElement).checked).toBe(true)
    const secret = last()
    expect(secret).toEqual({
      bytes: new Uint8Array(20).fill(2),
      params: { algorithm: 'SHA1', digits: 6, period: 30 },
      issuer: 'TJRS',
      account: 'RS054321',
      source: 'google-export',
      warnings: [],
    })
    expect(onSecretChange.mock.calls.filter(([value]) => value !== null)).toHaveLength(2)
    for (const entry of OFFICE_EXPORT) expectNoKeyInDom(container, encodeBase32(entry.secret))
    await expectNoAxeViolations(container)
  })

  it('picks the only account of a one-account export by itself', async () => {
    const { user, field, last, message } = await setup()
    const [uri] = buildMigrationUris([record('TRF4', 'RS054321', 9)])
    field.focus()
    await user.paste(uri!)
    expect(last()?.bytes).toEqual(new Uint8Array(20).fill(9))
    expect(last()?.source).toBe('google-export')
    expect(screen.queryByRole('radio')).toBeNull()
    expect(message().textContent).toContain(
      'Origem: exportação do Google Authenticator. Conta: TRF4 — RS054321.',
    )
  })

  it('leaves out HOTP accounts and says which QR code of a larger export this is', async () => {
    const { user, field } = await setup()
    const uris = buildMigrationUris(
      [...OFFICE_EXPORT, record('VPN', 'ana', 4, { type: 'hotp', counter: 3 }), record('A', 'b', 5)],
      { batchSize: 4 },
    )
    field.focus()
    await user.paste(uris[0]!)
    expect(screen.getAllByRole('radio')).toHaveLength(3)
    expect(
      screen.getByText('1 conta da exportação não pode ser usada (tipo ou algoritmo não suportado).'),
    ).toBeTruthy()
    expect(
      screen.getByText('Este QR code é o 1º de 2 da exportação: se a conta não estiver na lista, use outro.'),
    ).toBeTruthy()
  })

  it('refuses a damaged export', async () => {
    const { user, field, message } = await setup()
    field.focus()
    await user.paste('otpauth-migration://offline?data=%%%')
    expect(message().textContent).toContain(
      'exportação do Google Authenticator está incompleto ou corrompido',
    )
    expect(field.getAttribute('aria-invalid')).toBe('true')
  })
})

describe('SecretInput: QR screenshots', () => {
  function paste(target: Element, file: File, text = '') {
    fireEvent.paste(target, {
      clipboardData: { files: [file], items: [], types: ['Files'], getData: () => text },
    })
  }

  it('decodes a pasted image with the injected decoder and emits the key', async () => {
    const decoder = vi.fn<QrDecoder>(async () => [TRF4_URI])
    const { field, last, message, container } = await setup({ qrDecoder: decoder })
    const file = imageFile()
    paste(field, file)
    expect(decoder).toHaveBeenCalledWith(file)
    expect(screen.getByRole('status').textContent).toBe('Lendo o QR code…')
    await waitFor(() => expect(last()?.bytes).toEqual(KEY_BYTES))
    expect(last()?.source).toBe('qr')
    expect(last()?.issuer).toBe('TRF4')
    expect(screen.getByRole('status').textContent).toBe('Chave lida do QR code.')
    expect(message().textContent).toBe(
      'Chave válida: 160 bits. Origem: imagem do QR code. Conta: TRF4 — RS054321.',
    )
    expect(field.value).toBe('')
    expectNoKeyInDom(container, KEY_BASE32)
    await expectNoAxeViolations(container)
  })

  it('lets the text win when the clipboard holds text and a picture of it', async () => {
    const decoder = vi.fn<QrDecoder>(async () => [TRF4_URI])
    const { field } = await setup({ qrDecoder: decoder })
    paste(field, imageFile(), EPROC_EXAMPLE_KEY)
    expect(decoder).not.toHaveBeenCalled()
  })

  it('says when the image has no QR code, or a QR code without a key, or the reader fails', async () => {
    const answers: (() => Promise<string[]>)[] = [
      async () => [],
      async () => ['https://eproc.trf4.jus.br/eproc2trf4/'],
      async () => Promise.reject(new Error('wasm 404')),
    ]
    const decoder = vi.fn<QrDecoder>(() => answers.shift()!())
    const { field, last, container } = await setup({ qrDecoder: decoder })
    const status = screen.getByRole('status')
    paste(field, imageFile())
    await waitFor(() => expect(status.textContent).toContain('Nenhum QR code encontrado na imagem.'))
    await expectNoAxeViolations(container)
    paste(field, imageFile())
    await waitFor(() =>
      expect(status.textContent).toBe('O QR code foi lido, mas não contém uma chave de autenticação.'),
    )
    paste(field, imageFile())
    await waitFor(() =>
      expect(status.textContent).toBe(
        'Não foi possível carregar o leitor de QR code. Digite ou cole a chave.',
      ),
    )
    expect(last()).toBeUndefined()
  })

  it('opens the account list for a QR code of a Google export', async () => {
    const [uri] = buildMigrationUris(OFFICE_EXPORT)
    const { field } = await setup({ qrDecoder: async () => [uri!] })
    paste(field, imageFile())
    await waitFor(() => expect(screen.getAllByRole('radio')).toHaveLength(3))
  })

  it('reads a dropped image, showing the drop state while dragging', async () => {
    const decoder = vi.fn<QrDecoder>(async () => [TRF4_URI])
    const { last, container } = await setup({ qrDecoder: decoder })
    const zone = container.querySelector<HTMLElement>('.a2f-secret-input-dropzone')!
    const file = imageFile()
    const transfer = { files: [file], items: [], types: ['Files'], dropEffect: 'none', getData: () => '' }
    expect(zone.dataset.state).toBe('idle')
    fireEvent.dragEnter(zone, { dataTransfer: transfer })
    fireEvent.dragOver(zone, { dataTransfer: transfer })
    expect(zone.dataset.state).toBe('dragging')
    expect(screen.getByText('Solte a imagem para ler o QR code.')).toBeTruthy()
    fireEvent.drop(zone, { dataTransfer: transfer })
    expect(zone.dataset.state).toBe('idle')
    await waitFor(() => expect(last()?.bytes).toEqual(KEY_BYTES))
    expect(decoder).toHaveBeenCalledWith(file)
  })

  it('reads an uploaded image, from a visible button', async () => {
    const decoder = vi.fn<QrDecoder>(async () => [EPROC_EXAMPLE_KEY])
    const { user, last, container } = await setup({ qrDecoder: decoder })
    const button = screen.getByRole('button', { name: 'Enviar imagem do QR code' })
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!
    expect(input.accept).toBe('image/*')
    const click = vi.spyOn(input, 'click')
    await user.click(button)
    expect(click).toHaveBeenCalled()
    await user.upload(input, imageFile())
    await waitFor(() => expect(last()?.bytes).toEqual(KEY_BYTES))
    expect(last()?.source).toBe('qr')
  })

  it('refuses a file that is not an image without calling the decoder', async () => {
    const decoder = vi.fn<QrDecoder>(async () => [])
    const { field } = await setup({ qrDecoder: decoder })
    paste(field, new File(['%PDF'], 'chave.pdf', { type: 'application/pdf' }))
    expect(decoder).not.toHaveBeenCalled()
    expect(screen.getByRole('status').textContent).toContain('O arquivo não é uma imagem.')
  })

  it('ignores a slow decode once the user typed something else', async () => {
    let resolve: (texts: string[]) => void = () => {}
    const decoder: QrDecoder = () => new Promise((done) => (resolve = done))
    const { user, field, last } = await setup({ qrDecoder: decoder })
    paste(field, imageFile())
    await user.type(field, 'JBSWY3DPEHPK3PXP')
    await act(async () => resolve([TRF4_URI]))
    expect(last()?.bytes).toEqual(decodeBase32('JBSWY3DPEHPK3PXP'))
    expect(screen.getByRole('status').textContent).toBe('')
  })
})

describe('SecretInput: the key stays out of React state', () => {
  it('keeps no key bytes or key text in any state hook, for every way in', async () => {
    const [exportUri] = buildMigrationUris(OFFICE_EXPORT)
    const { user, field, container } = await setup({ qrDecoder: async () => [exportUri!] })
    const keys = [KEY_BASE32, ...OFFICE_EXPORT.map((entry) => encodeBase32(entry.secret))]
    const secretBytes = [KEY_BYTES, ...OFFICE_EXPORT.map((entry) => entry.secret)]
    const check = () => {
      const values = leaves(stateOf(container, SecretInput))
      for (const value of values) {
        if (typeof value === 'string') {
          const compact = value.replace(/[\s-]/g, '').toUpperCase()
          for (const key of keys) expect(compact).not.toContain(key.slice(0, 12))
        } else {
          for (const bytes of secretBytes) expect(value).not.toEqual(bytes)
        }
      }
      return values
    }

    await user.type(field, EPROC_EXAMPLE_KEY)
    const values = check()
    // The helper does see the component's state (so the checks above can fail): the status is there.
    expect(values).toContain('valid')
    await user.clear(field)
    await user.type(field, 'MMZD IMRU GZRç')
    check()
    paste(field)
    await waitFor(() => expect(screen.getAllByRole('radio')).toHaveLength(3))
    await user.click(screen.getAllByRole('radio')[2]!)
    expect(leaves(stateOf(container, SecretInput))).toContain('ana.souza@gmail.com')
    check()

    function paste(target: Element) {
      fireEvent.paste(target, {
        clipboardData: { files: [imageFile()], items: [], types: ['Files'], getData: () => '' },
      })
    }
  })
})

describe('SecretInput: what the field holds (onEntryChange)', () => {
  function paste(target: Element, file: File) {
    fireEvent.paste(target, {
      clipboardData: { files: [file], items: [], types: ['Files'], getData: () => '' },
    })
  }

  it('reports empty, incomplete, invalid and valid text as it changes', async () => {
    const { user, field, entry } = await setup()
    await user.type(field, 'MMZD IMRU')
    expect(entry()).toMatchObject({ status: 'incomplete', problem: { code: 'SECRET_TOO_SHORT' } })
    await user.type(field, ' 8')
    expect(entry()).toEqual({
      status: 'invalid',
      problem: { code: 'SECRET_INVALID_CHARACTER', index: 10, position: 11, character: '8', suggestion: 'B' },
    })
    await user.clear(field)
    await user.paste(EPROC_EXAMPLE_KEY)
    expect(entry()).toEqual({ status: 'valid' })
    await user.clear(field)
    expect(entry()).toEqual({ status: 'empty' })
    // Left empty after an entry: the field asks for the key, but it holds nothing.
    await user.tab()
    expect(entry()).toEqual({ status: 'empty' })
  })

  it('reports a QR screenshot being read and each way it can give no key', async () => {
    const answers: (() => Promise<string[]>)[] = [
      async () => [],
      async () => ['https://eproc.trf4.jus.br/eproc2trf4/'],
      async () => Promise.reject(new Error('wasm 404')),
    ]
    const { field, entry, onEntryChange } = await setup({ qrDecoder: () => answers.shift()!() })
    paste(field, imageFile())
    expect(entry()).toEqual({ status: 'decoding' })
    await waitFor(() => expect(entry()).toEqual({ status: 'image-failed', reason: 'no-qr-code' }))
    paste(field, imageFile())
    await waitFor(() => expect(entry()).toEqual({ status: 'image-failed', reason: 'not-a-key' }))
    paste(field, imageFile())
    await waitFor(() => expect(entry()).toEqual({ status: 'image-failed', reason: 'decoder-failed' }))
    paste(field, new File(['%PDF'], 'chave.pdf', { type: 'application/pdf' }))
    expect(entry()).toEqual({ status: 'image-failed', reason: 'not-an-image' })
    // Leaving the field is no new entry: the failed image still stands.
    const calls = onEntryChange.mock.calls.length
    fireEvent.blur(field)
    expect(onEntryChange.mock.calls.length).toBe(calls)
    expect(screen.getByRole('status').textContent).toContain('O arquivo não é uma imagem.')
  })

  it('reports an export waiting for its account, then the account picked', async () => {
    const [uri] = buildMigrationUris(OFFICE_EXPORT)
    const { user, field, entry } = await setup()
    field.focus()
    await user.paste(uri!)
    expect(entry()).toEqual({ status: 'choose-account' })
    await user.click(screen.getAllByRole('radio')[1]!)
    expect(entry()).toEqual({ status: 'valid' })
  })

  it('with required={false}, an emptied field is no error', async () => {
    const { user, field, entry, message } = await setup({ required: false })
    await user.type(field, 'MMZD')
    await user.clear(field)
    await user.tab()
    expect(entry()).toEqual({ status: 'empty' })
    expect(field.getAttribute('aria-invalid')).toBeNull()
    expect(message().textContent).toBe('')
  })
})

describe('SecretInput: languages and props', () => {
  it('speaks English and Spanish', async () => {
    const english = await setup({ locale: 'en' })
    await english.user.type(english.field, 'MMZD 0')
    expect(english.message().textContent).toBe('Invalid character “0” at position 6. Did you mean “O”?')
    english.unmount()
    const spanish = await setup({ locale: 'es' })
    await spanish.user.type(spanish.field, EPROC_EXAMPLE_KEY)
    expect(spanish.message().textContent).toBe('Clave válida: 160 bits. Origen: clave escrita o pegada.')
  })

  it('takes a label, an id, a className, autoFocus and disabled', async () => {
    const { container } = await renderWithA2F(
      <SecretInput onSecretChange={() => {}} label="Chave do eproc" id="chave" className="minha" autoFocus />,
      noCredentials,
    )
    const field = screen.getByRole('textbox', { name: 'Chave do eproc' })
    expect(field.id).toBe('chave')
    expect(document.activeElement).toBe(field)
    expect(container.firstElementChild?.className).toBe('a2f-secret-input minha')
    expect(field.hasAttribute('name')).toBe(false) // never submitted with a form
    await expectNoAxeViolations(container)
  })

  it('disables the field and the upload', async () => {
    await renderWithA2F(<SecretInput onSecretChange={() => {}} disabled />, noCredentials)
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).disabled).toBe(true)
    expect((screen.getByRole('button') as HTMLButtonElement).disabled).toBe(true)
  })
})
